package fi.osaamo.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The language of a page that shows something written in one language, such as a text
 * message opened through its link: that language, unless the reader has chosen one with
 * the language switch ({@code ?lang=} now, or the remembered choice). Their browser's
 * language alone does not override it: the text was written for them in that language.
 */
public final class PageLanguage {

	private PageLanguage() {
	}

	/**
	 * Shows this request's page in a language unless the reader chose another.
	 * @param request the request
	 * @param language the language of what the page shows
	 */
	public static void preferUnlessChosen(HttpServletRequest request, Language language) {
		var chosen = Language.fromCode(request.getParameter("lang")).isPresent()
				|| WebUtils.getCookie(request, WebConfiguration.LANGUAGE_COOKIE) != null;
		if (!chosen) {
			// The locale resolver reads the request's locale from this attribute first.
			request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, language.locale());
		}
	}

}
