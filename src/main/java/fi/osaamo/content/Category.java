package fi.osaamo.content;

import java.util.UUID;

import fi.osaamo.platform.Language;

/**
 * A category of instruction articles.
 *
 * @param id the category
 * @param slug its name in links
 * @param nameFi its Finnish name
 * @param nameSv its Swedish name
 * @param nameEn its English name
 */
public record Category(UUID id, String slug, String nameFi, String nameSv, String nameEn) {

	public String name(Language language) {
		return switch (language) {
			case FI -> nameFi;
			case SV -> nameSv;
			case EN -> nameEn;
		};
	}

}
