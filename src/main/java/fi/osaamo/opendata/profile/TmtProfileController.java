package fi.osaamo.opendata.profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A person brings their Työmarkkinatori profile into their mapping, and takes their
 * mapping out in the same format.
 */
@Controller
class TmtProfileController {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private final TmtProfiles profiles;

	private final CompetenceManagement competence;

	TmtProfileController(TmtProfiles profiles, CompetenceManagement competence) {
		this.profiles = profiles;
		this.competence = competence;
	}

	@GetMapping("/opendata/profile")
	String page(@AuthenticationPrincipal PersonPrincipal user, @RequestParam(required = false) @Nullable Integer added,
			Model model) {
		model.addAttribute("page", new TmtProfilePage(null, null, added, competence.hasMapping(user.personId()), null));
		return "opendata/profile";
	}

	@PostMapping("/opendata/profile/preview")
	String preview(@AuthenticationPrincipal PersonPrincipal user, @RequestParam("file") MultipartFile file,
			Locale locale, Model model) throws IOException {
		try {
			var bytes = checkedBytes(file);
			var preview = profiles.preview(new ByteArrayInputStream(bytes), user.personId(), Language.of(locale));
			model.addAttribute("page", page(user, preview, Base64.getEncoder().encodeToString(bytes), null));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", page(user, null, null, ex.messageKey()));
		}
		return "opendata/profile";
	}

	private static byte[] checkedBytes(MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw new InvalidInputException("file", "validation.required");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new InvalidInputException("file", "opendata.profile.tooLarge");
		}
		return file.getBytes();
	}

	private TmtProfilePage page(PersonPrincipal user, @Nullable ProfilePreview preview, @Nullable String export,
			@Nullable String error) {
		return new TmtProfilePage(preview, export, null, competence.hasMapping(user.personId()), error);
	}

	@PostMapping("/opendata/profile/import")
	String importProfile(@AuthenticationPrincipal PersonPrincipal user, @RequestParam String export,
			@RequestParam(name = "skill", required = false) @Nullable List<String> skills,
			@RequestParam(name = "education", required = false) @Nullable List<Integer> educations,
			@RequestParam(name = "employment", required = false) @Nullable List<Integer> employments,
			@RequestParam(defaultValue = "3") int level, Locale locale, Model model) {
		var bytes = decoded(export);
		var preview = profiles.preview(new ByteArrayInputStream(bytes), user.personId(), Language.of(locale));
		var added = profiles.apply(user.personId(), preview, chosen(skills), level, chosen(educations),
				chosen(employments));
		return "redirect:/opendata/profile?added=" + added;
	}

	/** The export the preview was made of, as the confirmed form sends it back. */
	private static byte[] decoded(String export) {
		var bytes = base64(export);
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException("file", "opendata.profile.tooLarge");
		}
		return bytes;
	}

	private static byte[] base64(String export) {
		try {
			return Base64.getDecoder().decode(export);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("file", "opendata.profile.notJson");
		}
	}

	private static <T> Set<T> chosen(@Nullable List<T> values) {
		return values == null ? Set.of() : Set.copyOf(values);
	}

	@GetMapping("/opendata/profile/export")
	ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal PersonPrincipal user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("osaamo-tmt-profile.json").build().toString())
			.body(profiles.export(user.personId()));
	}

}
