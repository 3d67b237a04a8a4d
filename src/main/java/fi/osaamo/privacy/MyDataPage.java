package fi.osaamo.privacy;

import java.util.List;
import java.util.Map;

import fi.osaamo.identity.AccessLogEntry;
import fi.osaamo.identity.PersonalData;
import fi.osaamo.platform.Shell;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.jspecify.annotations.Nullable;

/**
 * What Osaamo holds about a person, as they read it on the My data page: their personal
 * data, then the parts the modules holding their data contribute, each in the reader's
 * language and without the ids and versions the download carries.
 *
 * @param personal who they are and what they have accepted
 * @param parts the modules' parts, in order
 */
public record MyDataPage(Personal personal, List<Part> parts) {

	/**
	 * Who the person is.
	 *
	 * @param identity their personal data, if the vault still has it
	 * @param acceptances the privacy notice versions they accepted
	 * @param accessLog the latest looks at and changes of their personal data
	 */
	public record Personal(@Nullable PersonalData identity, List<PrivacyManagement.Acceptance> acceptances,
			List<AccessLogEntry> accessLog) {

		/**
		 * Whether older events were left out of the access log shown.
		 * @return true if the download has more
		 */
		public boolean accessLogCut() {
			return accessLog.size() >= PersonalSection.ACCESS_LOG_SHOWN;
		}

	}

	/**
	 * A module's part of the page, rendered by the module's template.
	 *
	 * @param part what the module contributes
	 * @param templates the engine that renders it
	 */
	public record Part(MyDataPart part, TemplateEngine templates) {

		public String id() {
			return part.id();
		}

		public String heading() {
			return part.heading();
		}

		/**
		 * The part as HTML, in the reader's language.
		 * @param shell the page's shell
		 * @return the rendered part
		 */
		public Content content(Shell shell) {
			return output -> templates.render(part.template(), Map.of("shell", shell, "data", part.data()), output);
		}

	}

}
