package fi.osaamo.content;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import fi.osaamo.identity.PersonPrincipal;
import fi.osaamo.platform.InvalidInputException;
import fi.osaamo.platform.NotFoundException;
import fi.osaamo.platform.Notice;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Images of an article: uploaded and removed from its form, which posts everything typed
 * along, so that nothing typed is lost; served to those who may read the article.
 */
@Controller
class ArticleImageController {

	/** The flash attribute with the article form as typed when an image was changed. */
	static final String TYPED = "typedArticle";

	private final ArticleImages images;

	private final ArticleFormPages formPages;

	ArticleImageController(ArticleImages images, ArticleFormPages formPages) {
		this.images = images;
		this.formPages = formPages;
	}

	@PostMapping("/content/articles/{id}/images")
	@PreAuthorize("isAuthenticated()")
	String upload(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id,
			@ModelAttribute ArticleForm form,
			@RequestParam(name = "image", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String imageAlt, RedirectAttributes redirect, Model model)
			throws IOException {
		try {
			return added(user, id, form, file, imageAlt, redirect);
		}
		catch (InvalidInputException ex) {
			return refused(user, form, id, ex, imageAlt, model);
		}
	}

	@PostMapping("/content/articles/{id}/images/{name}/remove")
	@PreAuthorize("isAuthenticated()")
	String remove(@AuthenticationPrincipal PersonPrincipal user, @PathVariable UUID id, @PathVariable String name,
			@ModelAttribute ArticleForm form, RedirectAttributes redirect, Model model) {
		try {
			images.remove(user.personId(), id, name);
			return backToForm(redirect, form, id, "content.notice.imageRemoved", name);
		}
		catch (InvalidInputException ex) {
			return refused(user, form, id, ex, "", model);
		}
	}

	/** Adds the uploaded image and goes back to the article's form. */
	private String added(PersonPrincipal user, UUID id, ArticleForm form, @Nullable MultipartFile file, String imageAlt,
			RedirectAttributes redirect) throws IOException {
		var image = images.add(user.personId(), id, fileName(file), bytes(file), imageAlt);
		return backToForm(redirect, form, id, "content.notice.imageAdded", image.name());
	}

	/** Back to the article's form, which shows what was typed, saved or not. */
	private static String backToForm(RedirectAttributes redirect, ArticleForm form, UUID id, String notice,
			String name) {
		redirect.addFlashAttribute(TYPED, form);
		return Notice.redirect(redirect, "/content/articles/" + id + "/edit#images-heading", notice, name);
	}

	private String refused(PersonPrincipal user, ArticleForm form, UUID id, InvalidInputException ex, String imageAlt,
			Model model) {
		model.addAttribute("page", formPages.page(user.personId(), form, id, ex, imageAlt));
		return "content/form";
	}

	@GetMapping("/content/articles/{id}/images/{name}")
	ResponseEntity<byte[]> image(@AuthenticationPrincipal @Nullable PersonPrincipal user, @PathVariable UUID id,
			@PathVariable String name) {
		var png = images.png(id, name, user == null ? null : user.personId())
			.orElseThrow(() -> new NotFoundException("image " + name));
		// Only PNGs of Osaamo's own encoding are kept, and the browser is told not to
		// guess otherwise; an article for one organisation's members is not for shared
		// caches.
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name + ".png").build().toString())
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
			.body(png);
	}

	private static String fileName(@Nullable MultipartFile file) {
		var name = file == null ? null : file.getOriginalFilename();
		return name == null ? "" : name.substring(name.replace('\\', '/').lastIndexOf('/') + 1);
	}

	/**
	 * The file's bytes, never more than one past the limit: a larger file is refused
	 * unread.
	 */
	private static byte[] bytes(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return new byte[0];
		}
		try (var input = file.getInputStream()) {
			return input.readNBytes((int) UploadedImage.MAX_BYTES + 1);
		}
	}

}
