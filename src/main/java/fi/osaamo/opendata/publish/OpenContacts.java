package fi.osaamo.opendata.publish;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import fi.osaamo.companies.CompanyRegister;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What companies published in the trade register for reaching them, as the open API adds
 * it to their job postings.
 */
@Component
class OpenContacts {

	private final CompanyRegister register;

	OpenContacts(CompanyRegister register) {
		this.register = register;
	}

	/**
	 * What companies published in the trade register for reaching them: the website and
	 * the postal address, as schema.org Organization properties. Nothing else about them
	 * is published, and nothing about the people who work there.
	 * @param businessIds the companies
	 * @return their contact properties by business ID; companies without any are left out
	 */
	Map<String, Map<String, Object>> contacts(Collection<String> businessIds) {
		var contacts = new HashMap<String, Map<String, Object>>();
		for (var company : register.findAll(businessIds)) {
			var contact = contact(company.website(), company.streetAddress(), company.postCode(), company.postOffice());
			if (!contact.isEmpty()) {
				contacts.put(company.businessId(), contact);
			}
		}
		return contacts;
	}

	private static Map<String, Object> contact(@Nullable String website, @Nullable String street,
			@Nullable String postCode, @Nullable String postOffice) {
		var contact = new LinkedHashMap<String, Object>();
		if (website != null && !website.isBlank()) {
			contact.put("url", website.matches("(?i)https?://.*") ? website : "https://" + website);
		}
		if (street != null || postOffice != null) {
			contact.put("address", postalAddress(street, postCode, postOffice));
		}
		return contact;
	}

	private static Map<String, Object> postalAddress(@Nullable String street, @Nullable String postCode,
			@Nullable String postOffice) {
		var address = new LinkedHashMap<String, Object>();
		address.put("@type", "PostalAddress");
		putIfPresent(address, "streetAddress", street);
		putIfPresent(address, "postalCode", postCode);
		putIfPresent(address, "addressLocality", postOffice);
		address.put("addressCountry", "FI");
		return address;
	}

	private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

}
