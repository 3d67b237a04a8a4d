package fi.osaamo.demo;

import java.util.List;
import java.util.Map;

import fi.osaamo.organisation.Role;

/**
 * The fictional region's fixed parts: its organisations and the demo accounts.
 */
final class DemoRegion {

	static final String PLATFORM = "Osaamo-palvelu";

	static final String CITY = "Rantalan kaupunki";

	static final String CITY_MUNICIPALITY = "092";

	static final List<String> SCHOOLS = List.of("Rantalan ammattiopisto", "Rantalan ammattikorkeakoulu");

	static final List<String> MUNICIPALITIES = List.of("092", "092", "092", "091", "049", "245", "858", "186");

	/** Company names with their TOL 2008 division. */
	static final List<String[]> COMPANIES = List.of(new String[] { "Konepaja Kallio Oy", "25" },
			new String[] { "Hitsaus ja Teräs Virtanen Oy", "25" }, new String[] { "Rantalan Metallituote Oy", "24" },
			new String[] { "Nordic Laserleikkaus Oy", "25" }, new String[] { "Rakennusliike Mäkinen Oy", "41" },
			new String[] { "Sähkö-Lehtonen Oy", "43" }, new String[] { "LVI-Talo Koskinen Oy", "43" },
			new String[] { "Puutyö Heikkilä Oy", "16" }, new String[] { "Leipomo Aamunkoi Oy", "10" },
			new String[] { "Elintarvike Pohjola Oy", "10" }, new String[] { "Rantalan Logistiikka Oy", "49" },
			new String[] { "Varasto ja Kuljetus Salo Oy", "52" }, new String[] { "Lentorahti Nord Oy", "51" },
			new String[] { "Koodiverstas Oy", "62" }, new String[] { "Datapaja Solutions Oy", "62" },
			new String[] { "Pilvipalvelu Aalto Oy", "63" }, new String[] { "Kauppahuone Nieminen Oy", "46" },
			new String[] { "Rautakauppa Rantala Oy", "47" }, new String[] { "Autokorjaamo Laine Oy", "45" },
			new String[] { "Kiinteistöhuolto Järvinen Oy", "81" }, new String[] { "Siivouspalvelu Puhdas Oy", "81" },
			new String[] { "Hoivakoti Kotiranta Oy", "87" }, new String[] { "Terveyspalvelu Apila Oy", "86" },
			new String[] { "Ravintola Satama Oy", "56" }, new String[] { "Hotelli Rantala Oy", "55" },
			new String[] { "Tilitoimisto Numero Oy", "69" }, new String[] { "Insinööritoimisto Rakenne Oy", "71" },
			new String[] { "Mainostoimisto Kipinä Oy", "73" }, new String[] { "Henkilöstöpalvelu Ura Oy", "78" },
			new String[] { "Turvapalvelu Vahti Oy", "80" }, new String[] { "Muovituote Ketola Oy", "22" },
			new String[] { "Painotalo Sivu Oy", "18" }, new String[] { "Kemia Rantala Oy", "20" },
			new String[] { "Elektroniikka Piiri Oy", "26" }, new String[] { "Laitetekniikka Ström Ab", "28" },
			new String[] { "Energia ja Aurinko Oy", "35" }, new String[] { "Kierrätys Kiertävä Oy", "38" },
			new String[] { "Viherrakennus Lehto Oy", "81" }, new String[] { "Huonekalu Tammi Oy", "31" },
			new String[] { "Koulutuspalvelu Taito Oy", "85" });

	/**
	 * One demo account.
	 *
	 * @param username its user name
	 * @param givenName the person's given name
	 * @param familyName the person's family name
	 * @param role its role
	 * @param organisation where it holds the role: "company", "company2", "city",
	 * "school" or "platform"
	 */
	record Account(String username, String givenName, String familyName, Role role, String organisation) {
	}

	static final List<Account> ACCOUNTS = List.of(
			new Account("demo-employee", "Emilia", "Esimerkki", Role.EMPLOYEE, "company"),
			new Account("demo-hr", "Helena", "Henkilöstö", Role.HR, "company"),
			new Account("demo-companyadmin", "Kaisa", "Kallio", Role.ADMIN, "company"),
			new Account("demo-growth", "Kalle", "Kasvu", Role.GROWTH_TEAM, "city"),
			new Account("demo-school", "Outi", "Opettaja", Role.SCHOOL_STAFF, "school"),
			new Account("demo-instructor", "Tapio", "Työpaikkaohjaaja", Role.WORKPLACE_INSTRUCTOR, "company"),
			new Account("demo-company", "Yrjö", "Yrittäjä", Role.COMPANY_REP, "company2"),
			new Account("demo-bot", "Bea", "Botti", Role.BOT_OWNER, "city"),
			new Account("demo-evaluator", "Arvo", "Arvioija", Role.EVALUATOR, "city"),
			new Account("demo-admin", "Ylva", "Ylläpitäjä", Role.ADMIN, "platform"));

	/**
	 * The mobile numbers of demo accounts that have one: the administrator's, so that the
	 * operator view of text messages can send a message to "my phone". Fictional, and the
	 * demo sends only to the simulated SMSC, whose phones are on the developer's phone
	 * page.
	 */
	static final Map<String, String> PHONES = Map.of("demo-admin", "+358 40 555 0100");

	static final List<String> GIVEN_NAMES = List.of("Aino", "Eino", "Helmi", "Väinö", "Sofia", "Oliver", "Ella", "Leo",
			"Aada", "Elias", "Lilja", "Onni", "Venla", "Eetu", "Iida", "Juho", "Emma", "Mikko", "Sanna", "Jari",
			"Tiina", "Pekka", "Laura", "Antti", "Minna", "Timo", "Hanna", "Janne", "Katja", "Ville", "Noora", "Matti",
			"Elsa", "Oskar", "Alva", "Lucas", "Amina", "Ahmed", "Olga", "Dmitri", "Nguyen", "Maria", "Ali", "Fatima");

	static final List<String> FAMILY_NAMES = List.of("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä",
			"Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
			"Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen",
			"Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Lindqvist",
			"Holmström", "Berg", "Ivanova", "Hassan", "Tran");

	private DemoRegion() {
	}

}
