package fi.osaamo.classification;

import org.jspecify.annotations.Nullable;

/**
 * One code of a classification, named in one language.
 *
 * @param code the code, with its leading zeros
 * @param name its name
 * @param parent the code it belongs under (a municipality's region, a division's section)
 * @param level 1 for the top level, 2 below it
 */
public record ClassificationCode(String code, String name, @Nullable String parent, int level) {

	public String label() {
		return name + " (" + code + ")";
	}

}
