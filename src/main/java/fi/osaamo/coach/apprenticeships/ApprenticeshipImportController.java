package fi.osaamo.coach.apprenticeships;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import fi.osaamo.coach.ImportReport;
import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Notice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A school's staff import apprenticeships from their student system: a file is read and
 * previewed, nothing is saved until the preview is confirmed, and the file is then read
 * and checked again.
 */
@Controller
class ApprenticeshipImportController {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final String TEMPLATE = String.join(",", fi.osaamo.coach.NewApprenticeship.COLUMNS) + "\r\n"
			+ "S-1001,Aino,Virtanen,040 123 4567,fi,0112038-9,Kone- ja tuotantotekniikan perustutkinto,MET24A,"
			+ "2027-01-11,2027-05-28,instructor@example.fi,supervisor@example.fi,\r\n";

	private final SchoolAccess access;

	private final ApprenticeshipImport imports;

	ApprenticeshipImportController(SchoolAccess access, ApprenticeshipImport imports) {
		this.access = access;
		this.imports = imports;
	}

	@GetMapping("/coach/schools/{school}/import")
	String form(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId school, Model model) {
		var name = this.access.require(user.personId(), school);
		model.addAttribute("page", new ApprenticeshipImportPage(school, name, null, null, null));
		return "coach/import";
	}

	@GetMapping("/coach/schools/{school}/import/template.csv")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal PersonPrincipal user,
			@PathVariable OrganisationId school) {
		this.access.require(user.personId(), school);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("apprenticeships.csv").build().toString())
			.body(TEMPLATE.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/coach/schools/{school}/import/preview")
	String preview(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId school,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		var name = this.access.require(user.personId(), school);
		try {
			var bytes = bytes(file);
			var report = this.imports.preview(school, user.personId(), ApprenticeshipCsv.read(bytes));
			model.addAttribute("page", new ApprenticeshipImportPage(school, name, report,
					Base64.getEncoder().encodeToString(bytes), null));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", new ApprenticeshipImportPage(school, name, null, null, ex));
		}
		return "coach/import";
	}

	@PostMapping("/coach/schools/{school}/import")
	String confirm(@AuthenticationPrincipal PersonPrincipal user, @PathVariable OrganisationId school,
			@RequestParam("file") String file, Model model, RedirectAttributes redirect) {
		var name = this.access.require(user.personId(), school);
		ImportReport report;
		try {
			report = this.imports.save(school, user.personId(), ApprenticeshipCsv.read(decode(file)));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("page", new ApprenticeshipImportPage(school, name, null, null, ex));
			return "coach/import";
		}
		return Notice.redirect(redirect, "/coach/schools/" + school + "/apprenticeships", "coach.import.done",
				report.created(), report.updated(), report.rejected().size());
	}

	private static byte[] bytes(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "coach.import.noFile");
		}
		if (file.getSize() > MAX_BYTES) {
			throw new InvalidInputException("file", "coach.import.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		return file.getBytes();
	}

	private static byte[] decode(String file) {
		try {
			return Base64.getDecoder().decode(file);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("file", "coach.import.unreadable");
		}
	}

}
