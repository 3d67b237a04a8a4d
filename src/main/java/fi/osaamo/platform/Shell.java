package fi.osaamo.platform;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page needs: the language and its messages, the CSRF token, the
 * signed-in user, the navigation and the branding.
 *
 * @param language the language of the page
 * @param requestUri the path and query of the current request
 * @param csrfParameter the form field that carries the CSRF token
 * @param csrfHeader the header that carries the CSRF token for htmx and JSON calls
 * @param csrfToken the token
 * @param userName the signed-in user's display name, or none
 * @param navigation the links this user may see
 * @param branding the user's organisation's look
 * @param messages the message bundles
 * @param disabledFeatures the automated features switched off
 * @param notice what the previous request did, to be said on this page, if anything
 */
public record Shell(Language language, String requestUri, String csrfParameter, String csrfHeader, String csrfToken,
		@Nullable String userName, List<NavItem> navigation, Branding branding, MessageSource messages,
		Set<String> disabledFeatures, @Nullable Notice notice) {

	/**
	 * Whether a feature that can be switched off is on.
	 * @param feature its name
	 * @return whether it is on
	 */
	public boolean on(String feature) {
		return !disabledFeatures.contains(feature);
	}

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	/**
	 * A message in the page's language.
	 * @param key the message key
	 * @param args the message's arguments
	 * @return the text
	 */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, language.locale());
	}

	/**
	 * A validation error or other resolvable message in the page's language.
	 * @param resolvable the message
	 * @return the text
	 */
	public String message(MessageSourceResolvable resolvable) {
		return messages.getMessage(resolvable, language.locale());
	}

	/**
	 * A moment as people in Finland read it, in the page's language.
	 * @param instant the moment
	 * @return the date and time
	 */
	public String dateTime(Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(language.locale())
			.withZone(HELSINKI)
			.format(instant);
	}

	/**
	 * The day of a moment as people in Finland read it, in the page's language.
	 * @param instant the moment
	 * @return the date
	 */
	public String date(Instant instant) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(language.locale())
			.withZone(HELSINKI)
			.format(instant);
	}

	/**
	 * A number as the page's language writes it (9,3 in Finnish and Swedish).
	 * @param value the number
	 * @return the text
	 */
	public String number(Number value) {
		return NumberFormat.getInstance(language.locale()).format(value);

	}

	/**
	 * A day as people read it in the page's language.
	 * @param day the day
	 * @return the date
	 */
	public String date(LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(day);
	}

	/**
	 * What the previous request did, in the page's language.
	 * @return the text, or {@code null} if there is nothing to say
	 */
	public @Nullable String noticeText() {
		return notice == null ? null
				: messages.getMessage(notice.key(), notice.resolvedArguments(key -> t(key)), language.locale());
	}

	/**
	 * A month as the page's language names it briefly, with its year.
	 * @param month the month
	 * @return for example "joulu 2026" or "Dec 2026"
	 */
	public String month(YearMonth month) {
		return DateTimeFormatter.ofPattern("LLL yyyy", language.locale()).format(month);
	}

	/**
	 * A month's short name in the page's language, without the year.
	 * @param month the month
	 * @return for example "joulu" or "Dec"
	 */
	public String monthName(YearMonth month) {
		return DateTimeFormatter.ofPattern("LLL", language.locale()).format(month);
	}

	public boolean signedIn() {
		return userName != null;
	}

	public Language[] languages() {
		return Language.values();
	}

	/**
	 * The current page in another language.
	 * @param target the language
	 * @return the link
	 */
	public String languageLink(Language target) {
		return UriComponentsBuilder.fromUriString(requestUri)
			.replaceQueryParam("lang", target.code())
			.build()
			.toUriString();
	}

	/**
	 * Whether a navigation link leads to the current page: the longest link that the path
	 * starts with.
	 * @param item the link
	 * @return whether it is current
	 */
	public boolean current(NavItem item) {
		return NavigationTrail.current(navigation, requestUri, item);
	}

	/**
	 * The breadcrumb trail above the current page: the front page and the section the
	 * page belongs to, not the page itself. Empty on the front page.
	 * @return the links, outermost first
	 */
	public List<NavItem> trail() {
		return NavigationTrail.trail(navigation, requestUri);
	}

	/**
	 * The headers htmx sends with every request, as JSON for {@code hx-headers}.
	 * @return the JSON object
	 */
	public String hxHeaders() {
		return "{\"" + csrfHeader + "\": \"" + csrfToken + "\"}";
	}

}
