package fi.osaamo.studies;

import java.util.List;
import java.util.Map;

import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StudyApiController {

	private final StudyManagement studies;

	StudyApiController(StudyManagement studies) {
		this.studies = studies;
	}

	@GetMapping("/api/v1/studies")
	Map<String, Object> list(@RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable StudyType type,
			@RequestParam(required = false) @Nullable String language, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (size < 1 || size > 100) {
			throw new InvalidInputException("size", "validation.range", 1, 100);
		}
		if (language != null && Language.fromCode(language).isEmpty()) {
			throw new InvalidInputException("language", "validation.language", language);
		}
		var result = studies.list(q.length() > 200 ? q.substring(0, 200) : q, List.of(), type, language, page, size);
		return Map.of("items", result.items(), "page", result.page(), "size", result.size(), "total", result.total());
	}

}
