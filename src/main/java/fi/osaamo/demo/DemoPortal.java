package fi.osaamo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fi.osaamo.competence.CompetenceManagement;
import fi.osaamo.competence.Provenance;
import fi.osaamo.competence.Section;
import fi.osaamo.competence.SharingManagement;
import fi.osaamo.competence.SkillClaim;
import fi.osaamo.competence.Target;
import fi.osaamo.identity.IdentityManagement;
import fi.osaamo.identity.NewPerson;
import fi.osaamo.identity.PersonId;
import fi.osaamo.jobs.Importance;
import fi.osaamo.jobs.JobDraft;
import fi.osaamo.jobs.JobManagement;
import fi.osaamo.jobs.JobStatus;
import fi.osaamo.jobs.RequiredSkill;
import fi.osaamo.organisation.Organisation;
import fi.osaamo.organisation.OrganisationManagement;
import fi.osaamo.organisation.OrganisationType;
import fi.osaamo.organisation.Role;
import fi.osaamo.platform.Language;
import fi.osaamo.studies.NewStudy;
import fi.osaamo.studies.StudyManagement;
import fi.osaamo.studies.StudyType;
import fi.osaamo.taxonomy.ConceptRef;
import fi.osaamo.taxonomy.TaxonomyManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the demo region's portal look alive: two job tasks for every company, drawn from
 * ESCO occupations of its industry with their essential skills, and a competence mapping
 * for about 40 % of the people, some of them shared with their company.
 */
@Component
class DemoPortal {

	private static final Logger log = LoggerFactory.getLogger(DemoPortal.class);

	/**
	 * Occupations (Finnish ESCO labels) typical of each TOL 2008 division of the demo
	 * companies.
	 */
	private static final Map<String, List<String>> OCCUPATIONS = Map.ofEntries(
			Map.entry("10", List.of("leipuri", "elintarviketeollisuuden prosessityöntekijä")),
			Map.entry("16", List.of("puuseppä", "sahatyöntekijä")), Map.entry("18", List.of("painaja", "graafikko")),
			Map.entry("20", List.of("kemisti", "laborantti")),
			Map.entry("22", List.of("muovituotteiden valmistaja", "koneenasettaja")),
			Map.entry("24", List.of("valaja", "metallurgi")), Map.entry("25", List.of("hitsaaja", "koneistaja")),
			Map.entry("26", List.of("elektroniikka-asentaja", "elektroniikkainsinööri")),
			Map.entry("28", List.of("koneasentaja", "kunnossapitoasentaja")),
			Map.entry("31", List.of("huonekalupuuseppä", "verhoilija")),
			Map.entry("35", List.of("aurinkoenergia-asentaja", "sähköinsinööri")),
			Map.entry("38", List.of("jätehuoltotyöntekijä", "kierrätystyöntekijä")),
			Map.entry("41", List.of("kirvesmies", "rakennustyönjohtaja")),
			Map.entry("43", List.of("sähköasentaja", "putkiasentaja")),
			Map.entry("45", List.of("autonasentaja", "autokorimekaanikko")),
			Map.entry("46", List.of("myyntiedustaja", "ostaja")), Map.entry("47", List.of("myyjä", "myymäläpäällikkö")),
			Map.entry("49", List.of("kuorma-autonkuljettaja", "logistiikkasuunnittelija")),
			Map.entry("51", List.of("lentorahtiagentti", "lentoaseman rahdinkäsittelijä")),
			Map.entry("52", List.of("varastotyöntekijä", "trukinkuljettaja")),
			Map.entry("55", List.of("vastaanottovirkailija", "kerroshoitaja")),
			Map.entry("56", List.of("kokki", "tarjoilija")),
			Map.entry("62", List.of("ohjelmistokehittäjä", "testaaja")),
			Map.entry("63", List.of("tietokanta-asiantuntija", "järjestelmäasiantuntija")),
			Map.entry("69", List.of("kirjanpitäjä", "palkanlaskija")),
			Map.entry("71", List.of("rakennesuunnittelija", "rakennusinsinööri")),
			Map.entry("73", List.of("graafinen suunnittelija", "markkinointiassistentti")),
			Map.entry("78", List.of("rekrytoija", "henkilöstöasiantuntija")),
			Map.entry("80", List.of("vartija", "turvallisuuspäällikkö")),
			Map.entry("81", List.of("siivooja", "kiinteistönhoitaja")),
			Map.entry("85", List.of("opettaja", "kouluttaja")),
			Map.entry("86", List.of("sairaanhoitaja", "lähihoitaja")),
			Map.entry("87", List.of("lähihoitaja", "sairaanhoitaja")));

	private final OrganisationManagement organisations;

	private final IdentityManagement identities;

	private final TaxonomyManagement taxonomy;

	private final JobManagement jobs;

	private final CompetenceManagement competence;

	private final SharingManagement sharing;

	private final StudyManagement studies;

	/** Occupations found per industry; the search is slow enough to do once. */
	private final Map<String, List<ConceptRef>> occupationsByIndustry = new java.util.HashMap<>();

	private final Clock clock;

	DemoPortal(OrganisationManagement organisations, IdentityManagement identities, TaxonomyManagement taxonomy,
			JobManagement jobs, CompetenceManagement competence, SharingManagement sharing, StudyManagement studies,
			Clock clock) {
		this.studies = studies;
		this.organisations = organisations;
		this.identities = identities;
		this.taxonomy = taxonomy;
		this.jobs = jobs;
		this.competence = competence;
		this.sharing = sharing;
		this.clock = clock;
	}

	/**
	 * Seeds job tasks and mappings, unless the demo companies already have job tasks.
	 * @param hr the demo HR specialist, who posts the tasks
	 */
	void seed(PersonId hr) {
		var companies = organisations.list("", OrganisationType.COMPANY, 0, 100).items();
		if (studies.count() == 0) {
			seedStudies(companies);
		}
		var konepaja = companies.stream().filter(c -> c.name().startsWith("Konepaja")).findFirst().orElse(null);
		if (konepaja == null || jobs.list(hr, konepaja.id(), null, "", 0, 1).total() > 0) {
			return;
		}
		log.info("Seeding job tasks and competence mappings of the demo region");
		var random = new Random(2027);
		var today = LocalDate.now(clock);
		var mappings = 0;
		for (var company : companies) {
			var occupations = occupations(company);
			var poster = company.id().equals(konepaja.id()) ? hr : hrOf(company, random);
			for (var occupation : occupations) {
				postJob(poster, company, occupation, random, today);
			}
			mappings += mapPeople(company, occupations, random, company.id().equals(konepaja.id()));
		}
		log.info("Demo region: {} job tasks, {} competence mappings", companies.size() * 2, mappings);
	}

	/**
	 * About a hundred studies of the region's schools and other providers, each teaching
	 * some essential skills of the occupations the demo companies employ.
	 */
	private void seedStudies(List<Organisation> companies) {
		var random = new Random(2028);
		var today = LocalDate.now(clock);
		var providers = List.of(DemoRegion.SCHOOLS.get(0), DemoRegion.SCHOOLS.get(1), "Taitotalo Rantala",
				"Verkkoakatemia", "Kansalaisopisto Rantala");
		var seen = new java.util.LinkedHashSet<String>();
		var count = 0;
		for (var company : companies) {
			for (var occupation : occupations(company)) {
				if (!seen.add(occupation.uri())) {
					continue;
				}
				var details = taxonomy.details(occupation.id(), Language.FI).orElseThrow();
				var skills = details.essentialSkills()
					.stream()
					.filter(skill -> skill.kind() != fi.osaamo.taxonomy.ConceptKind.SKILL_GROUP)
					.toList();
				for (int i = 0; i < 2 && i * 3 < skills.size(); i++) {
					var taught = skills.subList(i * 3, Math.min(skills.size(), i * 3 + 3 + random.nextInt(2)));
					var type = StudyType.values()[random.nextInt(StudyType.values().length)];
					var provider = type == StudyType.ONLINE ? providers.get(3)
							: providers.get(random.nextInt(providers.size()));
					var start = today.plusDays(7 + random.nextInt(150));
					var hours = switch (type) {
						case DEGREE -> 800 + random.nextInt(1200);
						case APPRENTICESHIP -> 400 + random.nextInt(800);
						case MODULE -> 16 + random.nextInt(120);
						case ONLINE -> 4 + random.nextInt(40);
					};
					var label = taught.get(0).label().text();
					var title = Character.toUpperCase(label.charAt(0)) + label.substring(1) + " – "
							+ occupation.label().text();
					var language = random.nextInt(10) < 8 ? "fi" : random.nextBoolean() ? "sv" : "en";
					studies.save(new NewStudy("DEMO", "demo-" + count, provider, title,
							details.description() == null ? null : details.description().text(), type, language,
							type == StudyType.ONLINE ? null : DemoRegion.CITY_MUNICIPALITY, type == StudyType.ONLINE,
							start, start.plusDays(Math.max(1, hours / 8)), hours,
							java.math.BigDecimal.valueOf(type == StudyType.DEGREE ? 0 : random.nextInt(10) * 50), null,
							taught.stream().map(fi.osaamo.taxonomy.ConceptRef::uri).toList()));
					count++;
				}
			}
		}
		log.info("Demo region: {} studies", count);
	}

	/**
	 * The company's HR specialist; every demo company gets one.
	 */
	private PersonId hrOf(Organisation company, Random random) {
		return organisations.members(company.id())
			.stream()
			.filter(member -> member.role() == Role.HR)
			.map(fi.osaamo.organisation.Member::personId)
			.findFirst()
			.orElseGet(() -> {
				var person = identities
					.register(new NewPerson(DemoRegion.GIVEN_NAMES.get(random.nextInt(DemoRegion.GIVEN_NAMES.size())),
							DemoRegion.FAMILY_NAMES.get(random.nextInt(DemoRegion.FAMILY_NAMES.size())), null, null))
					.id();
				organisations.addMember(company.id(), person, Role.HR);
				return person;
			});
	}

	private List<ConceptRef> occupations(Organisation company) {
		return occupationsByIndustry.computeIfAbsent(String.valueOf(company.industryCode()),
				industry -> findOccupations(company));
	}

	private List<ConceptRef> findOccupations(Organisation company) {
		var names = OCCUPATIONS.getOrDefault(company.industryCode(), List.of("myyjä", "asiakaspalvelija"));
		var found = new ArrayList<ConceptRef>();
		for (var name : names) {
			taxonomy.searchOccupations(name, Language.FI, 1)
				.stream()
				.findFirst()
				.flatMap(match -> taxonomy.byUri(match.uri(), Language.FI))
				.ifPresent(found::add);
		}
		return found;
	}

	private void postJob(PersonId hr, Organisation company, ConceptRef occupation, Random random, LocalDate today) {
		var details = taxonomy.details(occupation.id(), Language.FI).orElseThrow();
		var skills = new ArrayList<RequiredSkill>();
		var essential = details.essentialSkills()
			.stream()
			.filter(skill -> skill.kind() != fi.osaamo.taxonomy.ConceptKind.SKILL_GROUP)
			.toList();
		for (int i = 0; i < Math.min(6, essential.size()); i++) {
			skills.add(new RequiredSkill(essential.get(i).uri(), i < 3 ? 3 : 2,
					i < 3 ? Importance.MUST : Importance.NICE, i < 3 ? 1.0 : 0.5));
		}
		var from = today.plusDays(random.nextInt(10));
		var to = from.plusDays(21 + random.nextInt(30));
		var title = Character.toUpperCase(occupation.label().text().charAt(0)) + occupation.label().text().substring(1);
		jobs.create(hr, company.id(),
				new JobDraft(title, details.description() == null ? null : details.description().text(),
						occupation.uri(), null, from, to, to.plusDays(14 + random.nextInt(30)), JobStatus.OPEN,
						skills));
	}

	/**
	 * Maps about 40 % of a company's employees, a third of them sharing their skills. In
	 * the showcase company (the demo HR's) most people map and share, mostly in one
	 * occupation, so that its competence overview has counts large enough to show.
	 */
	private int mapPeople(Organisation company, List<ConceptRef> occupations, Random random, boolean showcase) {
		if (occupations.isEmpty()) {
			return 0;
		}
		var count = 0;
		for (var member : organisations.members(company.id())) {
			if (member.role() != Role.EMPLOYEE || random.nextInt(100) >= (showcase ? 85 : 40)
					|| competence.hasMapping(member.personId())) {
				continue;
			}
			var occupation = showcase && random.nextInt(10) < 7 ? occupations.get(0)
					: occupations.get(random.nextInt(occupations.size()));
			var details = taxonomy.details(occupation.id(), Language.FI).orElseThrow();
			var pool = new ArrayList<>(details.essentialSkills()
				.stream()
				.filter(skill -> skill.kind() != fi.osaamo.taxonomy.ConceptKind.SKILL_GROUP)
				.limit(showcase ? 10 : Long.MAX_VALUE)
				.toList());
			java.util.Collections.shuffle(pool, random);
			var claims = new ArrayList<SkillClaim>();
			for (int i = 0; i < Math.min(pool.size(), 5 + random.nextInt(4)); i++) {
				claims.add(new SkillClaim(pool.get(i).uri(), 1 + random.nextInt(5),
						random.nextBoolean() ? Provenance.WORK : Provenance.EDUCATION, null, null,
						random.nextInt(4) == 0));
			}
			var targets = pool.size() > claims.size()
					? List.of(new Target(pool.get(claims.size()).uri(), 3 + random.nextInt(3))) : List.<Target>of();
			competence.start(member.personId());
			competence.replace(member.personId(), claims, targets, null, 0);
			if (random.nextInt(showcase ? 5 : 3) < (showcase ? 4 : 1)) {
				sharing.share(member.personId(), company.id(), EnumSet.of(Section.SKILLS, Section.STRENGTHS), null);
			}
			count++;
		}
		return count;
	}

}
