package fi.osaamo.competence;

import java.util.List;

import fi.osaamo.classification.ClassificationCode;
import fi.osaamo.organisation.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * The sharing page's part where a person opts in to being found by a city's growth team.
 *
 * @param cities the cities they may choose
 * @param visibility the opt-in in force, if any
 * @param form the form, as in force or as typed when refused
 * @param municipalities the municipalities to choose from, by name
 * @param occupationLabel the chosen occupation's label in the reader's language, if any
 */
public record CityOptInSection(List<Organisation> cities, @Nullable CityVisibility visibility, CityOptInForm form,
		List<ClassificationCode> municipalities, @Nullable String occupationLabel) {

	public List<Section> sections() {
		return java.util.Arrays.stream(Section.values()).filter(CityVisibility.OFFERED::contains).toList();
	}

	public boolean chosen(Organisation city) {
		return form.city().isEmpty() ? cities.size() == 1 : form.city().equals(city.id().value().toString());
	}

}
