package fi.osaamo.privacy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The privacy notice page, read-only or asking for acceptance.
 *
 * @param notice the current notice
 * @param accepting whether the user is asked to accept it
 * @param continueTo where to go after accepting
 * @param acceptedAt when the signed-in user accepted this version, if they did
 */
public record PrivacyPage(PrivacyNotice notice, boolean accepting, String continueTo, @Nullable Instant acceptedAt) {
}
