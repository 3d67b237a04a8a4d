package fi.osaamo.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fi.osaamo.content.ArticleDraft;
import fi.osaamo.content.ArticleManagement;
import fi.osaamo.content.Audience;
import fi.osaamo.content.Category;
import fi.osaamo.identity.PersonId;
import fi.osaamo.organisation.OrganisationId;
import fi.osaamo.platform.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Instruction articles of the demo region: the platform's guides in three languages and
 * one company's own note, so the front page has something to read on first start.
 */
@Component
class DemoArticles {

	private final ArticleManagement articles;

	DemoArticles(ArticleManagement articles) {
		this.articles = articles;
	}

	void seed(PersonId platformAdmin, PersonId companyAdmin) {
		if (articles.count() > 0) {
			return;
		}
		var categories = articles.categories();
		write(platformAdmin, null, categories, "studies", texts("Koulutukset kehityssuunnitelmaan",
				"Löydä koulutus, joka kattaa puuttuvat taidot, ja lisää se suunnitelmaasi.", """
						Työtehtävän vertailusivulla näet kohdan **Koulutukset tähän tehtävään**. Siinä ovat \
						koulutukset, jotka opettavat puuttuvia taitoja; ennen tehtävän alkua päättyvät ensin.

						- Avaa koulutus ja valitse **Lisää kehityssuunnitelmaan**.
						- Merkitse tila: suunniteltu, käynnissä tai suoritettu.
						- Jaa suunnitelma HR:lle vain, jos haluat.""", "Utbildningar i utvecklingsplanen",
				"Hitta en utbildning som täcker de färdigheter som saknas och lägg till den i din plan.", """
						På sidan där du jämför dig med en arbetsuppgift finns **Utbildningar för denna uppgift**. \
						Där visas utbildningar som lär ut de färdigheter som saknas; de som slutar före \
						uppgiftens start först.

						- Öppna utbildningen och välj **Lägg till i utvecklingsplanen**.
						- Ange status: planerad, pågående eller slutförd.
						- Dela planen med HR bara om du vill.""", "Studies in your development plan",
				"Find a study that covers the missing skills and add it to your plan.", """
						The page comparing you with a job task lists **Studies for this job**: studies that \
						teach the missing skills, those ending before the job starts first.

						- Open a study and choose **Add to my development plan**.
						- Mark its status: planned, in progress or completed.
						- Share the plan with HR only if you want to."""));
		write(platformAdmin, null, categories, "job-tasks",
				texts("Vertaa osaamistasi työtehtävään",
						"Näe, mitkä taidot sinulla jo on ja mitä tehtävä vielä vaatii.", """
								Valitse työtehtävä ja **Vertaa osaamiseeni**. Osaamo kertoo sanoin:

								1. mitkä vaaditut taidot sinulla on vähintään vaaditulla tasolla,
								2. missä tasosi on vielä vaadittua alempi,
								3. mitkä taidot puuttuvat.

								Kattavuusluku on vain apuväline. Päätökset tekevät aina ihmiset.""",
						"Jämför din kompetens med en arbetsuppgift",
						"Se vilka färdigheter du redan har och vad uppgiften ännu kräver.", """
								Välj en arbetsuppgift och **Jämför med min kompetens**. Osaamo berättar i ord:

								1. vilka krävda färdigheter du har på minst krävd nivå,
								2. var din nivå ännu är lägre än krävd,
								3. vilka färdigheter som saknas.

								Täckningstalet är bara ett hjälpmedel. Besluten fattas alltid av människor.""",
						"Compare your competence with a job task",
						"See which skills you already have and what the task still requires.", """
								Choose a job task and **Compare with my competences**. Osaamo tells you in words:

								1. which required skills you have at the required level or above,
								2. where your level is still below the requirement,
								3. which skills are missing.

								The coverage score is only an aid. People always make the decisions."""));
		write(platformAdmin, null, categories, "privacy",
				texts("Kuka näkee osaamiskartoitukseni?",
						"Kartoitus on oletuksena nimetön. Sinä päätät, mitä yrityksesi HR näkee.", """
								Kukaan muu ei näe kartoitustasi ennen kuin jaat sen. Valitse **Jakaminen**-sivulla \
								osio kerrallaan, mitä yrityksesi HR-asiantuntijat saavat nähdä, ja halutessasi \
								päättymispäivä.

								HR näkee sinut nimimerkillä, ellet jaa nimeäsi. Näet jokaisen katselukerran: kuka \
								katsoi, mitä ja milloin. Voit perua jakamisen milloin tahansa.""",
						"Vem ser min kompetenskartläggning?",
						"Kartläggningen är anonym som standard. Du bestämmer vad ditt företags HR ser.", """
								Ingen annan ser din kartläggning innan du delar den. Välj på sidan **Delning** avsnitt \
								för avsnitt vad ditt företags HR-specialister får se, och vid behov ett slutdatum.

								HR ser dig under en pseudonym om du inte delar ditt namn. Du ser varje visning: vem \
								som tittade, på vad och när. Du kan återkalla delningen när som helst.""",
						"Who can see my competence mapping?",
						"Your mapping is anonymous by default. You decide what your company's HR sees.", """
								Nobody else sees your mapping until you share it. On the **Sharing** page choose, \
								section by section, what your company's HR specialists may see, and an end date \
								if you like.

								HR sees you under a pseudonym unless you share your name. You see every view: who \
								looked at what and when. You can revoke sharing at any time."""));
		write(platformAdmin, null, categories, "competence-mapping",
				texts("Taitotasot 1–5 selitettynä", "Mitä kukin taso tarkoittaa ja miten valitset omasi.", """
						Jokaisella taidolla on taso yhdestä viiteen:

						- **1** – perusteet ohjattuna
						- **2** – tavalliset tehtävät tuettuna
						- **3** – tavalliset tehtävät itsenäisesti
						- **4** – vaativat tehtävät itsenäisesti
						- **5** – osaan opettaa muita

						Kun tasosi muuttuu, Osaamo tallentaa uuden päivätyn merkinnän; vanhat säilyvät \
						historiassa.""", "Färdighetsnivåerna 1–5", "Vad varje nivå betyder och hur du väljer din egen.",
						"""
								Varje färdighet har en nivå från ett till fem:

								- **1** – grunderna under handledning
								- **2** – vanliga uppgifter med stöd
								- **3** – vanliga uppgifter självständigt
								- **4** – krävande uppgifter självständigt
								- **5** – kan lära andra

								När din nivå ändras sparar Osaamo en ny daterad uppgift; de gamla finns kvar i \
								historiken.""", "The skill levels 1–5 explained",
						"What each level means and how to choose yours.", """
								Every skill has a level from one to five:

								- **1** – basics under guidance
								- **2** – routine tasks with support
								- **3** – routine tasks independently
								- **4** – demanding tasks independently
								- **5** – can teach others

								When your level changes, Osaamo records a new dated entry; the old ones stay in \
								the history."""));
		write(platformAdmin, null, categories, "getting-started",
				texts("Näin aloitat osaamiskartoituksen",
						"Viisi askelta ensimmäiseen kartoitukseen – noin kymmenen minuuttia.", """
								## Viisi askelta

								1. Valitse etusivulta **Aloita osaamiskartoitus**.
								2. Kirjoita taidon nimi ja valitse se ehdotuksista.
								3. Valitse taso ja mistä osaaminen on peräisin (työ, koulutus, tutkinto tai muu).
								4. Merkitse vahvuutesi ja lisää kehittymistavoitteet.
								5. Päätä, mitä jaat yrityksesi HR:lle.

								Voit muokata kartoitusta milloin tahansa.""", "Så börjar du kompetenskartläggningen",
						"Fem steg till din första kartläggning – cirka tio minuter.", """
								## Fem steg

								1. Välj **Börja kompetenskartläggningen** på startsidan.
								2. Skriv färdighetens namn och välj bland förslagen.
								3. Välj nivå och var kompetensen kommer ifrån (arbete, utbildning, examen eller annat).
								4. Markera dina styrkor och lägg till utvecklingsmål.
								5. Bestäm vad du delar med ditt företags HR.

								Du kan ändra kartläggningen när som helst.""", "How to start your competence mapping",
						"Five steps to your first mapping – about ten minutes.", """
								## Five steps

								1. Choose **Start competence mapping** on the front page.
								2. Type the name of a skill and pick it from the suggestions.
								3. Choose the level and where the competence comes from (work, education, \
								qualification or other).
								4. Mark your strengths and add development targets.
								5. Decide what you share with your company's HR.

								You can change your mapping at any time."""));
		var company = articles.audiences(companyAdmin)
			.stream()
			.map(Audience::organisation)
			.filter(java.util.Objects::nonNull)
			.findFirst();
		company.ifPresent(organisation -> write(companyAdmin, organisation, categories, "job-tasks",
				Map.of(Language.FI, new ArticleDraft.Text("Hitsaajien pätevyydet Konepaja Kalliossa",
						"Mitkä pätevyydet tarvitset ja miten yritys tukee niiden hankkimista.",
						"""
								Kaikilla hitsaajillamme on voimassa oleva **hitsaajan pätevyyskoe** (SFS-EN ISO 9606-1). \
								Yritys maksaa kokeen ja siihen valmentavan koulutuksen.

								Merkitse osaamiskartoitukseesi hitsaustekniikat ja niiden taso, niin HR osaa \
								ehdottaa sopivia tehtäviä ja koulutuksia. Kysy lisää henkilöstöhallinnosta.""")),
				"Konepaja Kallio Oy, henkilöstöhallinto"));
	}

	private void write(PersonId writer, @Nullable OrganisationId audience, List<Category> categories, String slug,
			Map<Language, ArticleDraft.Text> texts) {
		write(writer, audience, categories, slug, texts, "Osaamo");
	}

	private void write(PersonId writer, @Nullable OrganisationId audience, List<Category> categories, String slug,
			Map<Language, ArticleDraft.Text> texts, String byline) {
		var category = categories.stream().filter(candidate -> candidate.slug().equals(slug)).findFirst().orElseThrow();
		articles.create(writer, new ArticleDraft(audience, category.id(), byline, true, new EnumMap<>(texts)));
	}

	private static Map<Language, ArticleDraft.Text> texts(String fiTitle, String fiSummary, String fiBody,
			String svTitle, String svSummary, String svBody, String enTitle, String enSummary, String enBody) {
		return Map.of(Language.FI, new ArticleDraft.Text(fiTitle, fiSummary, fiBody), Language.SV,
				new ArticleDraft.Text(svTitle, svSummary, svBody), Language.EN,
				new ArticleDraft.Text(enTitle, enSummary, enBody));
	}

}
