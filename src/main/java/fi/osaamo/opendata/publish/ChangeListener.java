package fi.osaamo.opendata.publish;

import fi.osaamo.jobs.JobChanged;
import fi.osaamo.opendata.imports.ChangeLog;
import fi.osaamo.studies.StudyChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts changes of job tasks and studies into the change feed.
 */
@Component
class ChangeListener {

	private final ChangeLog changes;

	ChangeListener(ChangeLog changes) {
		this.changes = changes;
	}

	@ApplicationModuleListener
	void on(StudyChanged event) {
		changes.upserted(ChangeLog.Kind.study, event.id().toString());
	}

	@ApplicationModuleListener
	void on(JobChanged event) {
		var id = event.id().value().toString();
		if (event.deleted()) {
			changes.deleted(ChangeLog.Kind.job, id);
		}
		else {
			changes.upserted(ChangeLog.Kind.job, id);
		}
	}

}
