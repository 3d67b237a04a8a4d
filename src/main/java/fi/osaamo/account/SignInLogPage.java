package fi.osaamo.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A page of the sign-in log.
 *
 * @param query the name or address searched for
 * @param attempts the attempts, newest first
 * @param total how many match
 * @param page this page, from 0
 * @param pages how many pages
 * @param retentionDays how long attempts are kept
 */
public record SignInLogPage(String query, List<SignInAttempt> attempts, long total, int page, int pages,
		long retentionDays) {

	public String pageLink(int target) {
		return "/account/sign-ins?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + target;
	}

}
