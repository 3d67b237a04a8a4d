/**
 * The growth team's account management (CRM) of the region's companies: an account
 * manager per company, its contact persons (with their consent; the bot reads only those
 * who agreed to outreach), the contact log, the company's needs, the region's services
 * (growth deals) and referrals of needs to them with follow-up reminders by e-mail. Every
 * record belongs to one team (the city organisation whose growth team keeps it);
 * companies are the trade register's, by business ID: the register itself (companies and
 * the financial statements they filed, imported by {@code opendata}) is kept here too,
 * and {@link fi.osaamo.companies.FinancialRecords#yearByYear} decides which figures of a
 * year count. Confidential contact notes are seen only by their author, the account
 * manager and administrators.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "identity", "organisation", "messaging", "classification" })
@org.jspecify.annotations.NullMarked
package fi.osaamo.companies;
