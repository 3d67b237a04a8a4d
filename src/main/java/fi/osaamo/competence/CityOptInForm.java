package fi.osaamo.competence;

import java.util.List;

import fi.osaamo.competence.TalentProfile.Situation;
import org.jspecify.annotations.Nullable;

/**
 * The opt-in to a city's growth team as the person filled it in, kept as typed when it is
 * refused.
 *
 * @param city the city organisation's id, or empty
 * @param sections the sections ticked
 * @param expiresOn the end date as typed (ISO), or empty
 * @param situation the situation's name, or empty
 * @param municipality the municipality code, or empty
 * @param occupation the ESCO occupation chosen, or empty
 * @param occupationQuery the words typed to find the occupation
 */
public record CityOptInForm(String city, List<String> sections, String expiresOn, String situation, String municipality,
		String occupation, String occupationQuery) {

	/** Absent fields read as empty, since a form leaves out what is not filled in. */
	public CityOptInForm {
		city = city == null ? "" : city.strip();
		sections = sections == null ? List.of() : List.copyOf(sections);
		expiresOn = expiresOn == null ? "" : expiresOn.strip();
		situation = situation == null ? "" : situation;
		municipality = municipality == null ? "" : municipality;
		occupation = occupation == null ? "" : occupation;
		occupationQuery = occupationQuery == null ? "" : occupationQuery;
	}

	/**
	 * The form showing an opt-in in force, or an empty one.
	 * @param visibility the opt-in, if any
	 * @return the form
	 */
	static CityOptInForm of(@Nullable CityVisibility visibility) {
		if (visibility == null) {
			return new CityOptInForm("", List.of(), "", "", "", "", "");
		}
		var profile = visibility.profile();
		return new CityOptInForm(visibility.city().value().toString(),
				visibility.sections().stream().map(Section::name).toList(),
				visibility.expiresOn() == null ? "" : visibility.expiresOn().toString(),
				profile.situation() == null ? "" : profile.situation().name(),
				profile.municipality() == null ? "" : profile.municipality(),
				profile.occupationUri() == null ? "" : profile.occupationUri(), "");
	}

	/**
	 * What the form tells of the person, once checked that the situation is one of ours.
	 * @return the profile
	 */
	TalentProfile profile() {
		var known = situation.isEmpty() ? null
				: java.util.Arrays.stream(Situation.values())
					.filter(value -> value.name().equals(situation))
					.findFirst()
					.orElseThrow(() -> new fi.osaamo.platform.InvalidInputException("situation", "validation.choose"));
		return new TalentProfile(known, municipality.isEmpty() ? null : municipality,
				occupation.isEmpty() ? null : occupation);
	}

	public boolean ticked(Section section) {
		return sections.contains(section.name());
	}

	public Situation[] situations() {
		return Situation.values();
	}

}
