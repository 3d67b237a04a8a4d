package fi.osaamo.dashboard;

import java.util.Arrays;

import fi.osaamo.classification.ClassificationManagement;
import fi.osaamo.competence.TalentFilter;
import fi.osaamo.competence.TalentProfile;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the filters of a talent search as asked: the level, the situation, municipality
 * and occupation, and the employer, refusing what is not valid.
 */
@Component
class TalentFilters {

	private final TaxonomyManagement taxonomy;

	private final ClassificationManagement classifications;

	private final Employers employers;

	TalentFilters(TaxonomyManagement taxonomy, ClassificationManagement classifications, Employers employers) {
		this.taxonomy = taxonomy;
		this.classifications = classifications;
		this.employers = employers;
	}

	/** Everything a search asked for, as far as it could be read, and what was wrong. */
	Read read(TalentsForm asked) {
		var level = 3;
		TalentFilter filter = TalentFilter.ANY;
		try {
			level = level(asked.level());
			filter = filter(asked);
			return new Read(level, filter, employer(asked), null);
		}
		catch (InvalidInputException ex) {
			return new Read(level, filter, null, ex);
		}
	}

	TalentFilter filter(TalentsForm asked) {
		var situation = situation(asked.situation());
		if (!asked.municipality().isEmpty()
				&& classifications.municipality(asked.municipality(), Language.FI).isEmpty()) {
			throw new InvalidInputException("municipality", "validation.municipality");
		}
		if (!asked.occupation().isEmpty() && !taxonomy.isOccupation(asked.occupation())) {
			throw new InvalidInputException("occupation", "validation.choose");
		}
		return new TalentFilter(situation, asked.municipality().isEmpty() ? null : asked.municipality(),
				asked.occupation().isEmpty() ? null : asked.occupation());
	}

	/** The employer the company words name, or none when no company was asked. */
	@Nullable Employer employer(TalentsForm asked) {
		return asked.company().isEmpty() ? null : employers.pick(asked.company());
	}

	private static TalentProfile.@Nullable Situation situation(String asked) {
		return asked.isEmpty() ? null
				: Arrays.stream(TalentProfile.Situation.values())
					.filter(value -> value.name().equals(asked))
					.findFirst()
					.orElseThrow(() -> new InvalidInputException("situation", "validation.choose"));
	}

	static int level(String value) {
		if (!value.matches("[1-5]")) {
			throw new InvalidInputException("level", "validation.choice", value);
		}
		return Integer.parseInt(value);
	}

	/**
	 * A search as read.
	 *
	 * @param level the level, 3 unless read
	 * @param filter the filter, any unless read
	 * @param employer the employer the company words named, if read
	 * @param error what could not be read
	 */
	record Read(int level, TalentFilter filter, @Nullable Employer employer, @Nullable InvalidInputException error) {

		/**
		 * Whether the search can run: all was read and the company words named one
		 * company.
		 */
		boolean searchable() {
			return error == null && (employer == null || employer.company() != null);
		}

	}

}
