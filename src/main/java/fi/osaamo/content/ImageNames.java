package fi.osaamo.content;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Makes an article image's name from its file's name: lower-case ASCII words joined by
 * hyphens, numbered when the article has an image of that name already.
 */
final class ImageNames {

	private ImageNames() {
	}

	/** A name made from the file's, not yet taken in the article: welding-mask-2.png. */
	static String free(String fileName, List<ArticleImage> taken) {
		var base = base(fileName);
		var names = taken.stream().map(ArticleImage::name).toList();
		var name = base;
		for (int suffix = 2; names.contains(name); suffix++) {
			name = base + "-" + suffix;
		}
		return name;
	}

	private static String base(String fileName) {
		var base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
		base = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		base = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (base.length() > 40) {
			base = base.substring(0, 40).replaceAll("-+$", "");
		}
		return base.isEmpty() ? "image" : base;
	}

}
