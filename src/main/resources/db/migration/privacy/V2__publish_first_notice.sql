INSERT INTO privacy.notice (version, language, title, body) VALUES
(1, 'fi', 'Osaamon tietosuojaseloste', $$Osaamo on alueen jatkuvan oppimisen palvelu. Rekisterinpitäjä on palvelua ylläpitävä kaupunki. Tässä selosteessa kerrotaan, mitä tietoja sinusta käsitellään ja miksi.

Käsittelemme nimeäsi, yhteystietojasi ja sähköisen tunnistautumisen yhteydessä saatuja henkilötunnistetietoja vain tunnistaaksemme sinut ja pitääksemme palvelun turvallisena. Nämä tiedot säilytetään erillään muista tiedoista. Muut käyttäjät näkevät sinusta vain nimimerkin, ellet itse päätä jakaa enemmän.

Osaamiskartoituksesi ja kehittymissuunnitelmasi tietoja näkee vain sinä. Voit antaa organisaatiosi henkilöstöasiantuntijoille oikeuden nähdä valitsemasi osat ja perua oikeuden milloin tahansa. Jokainen tietojesi katselu kirjataan, ja näet kirjauksen omalta sivultasi.

Käsittelyn oikeusperuste on suostumuksesi ja kaupungin lakisääteinen elinkeino- ja työllisyyspalvelujen tehtävä. Tietoja säilytetään niin kauan kuin käytät palvelua; voit poistaa tilisi ja tietosi.

Sinulla on oikeus saada pääsy tietoihisi, oikaista ja poistaa ne, rajoittaa niiden käsittelyä ja vastustaa sitä sekä siirtää tietosi toiseen palveluun. Voit tehdä valituksen tietosuojavaltuutetun toimistolle.$$),
(1, 'sv', 'Osaamos dataskyddsbeskrivning', $$Osaamo är regionens tjänst för kontinuerligt lärande. Personuppgiftsansvarig är den stad som driver tjänsten. Här beskriver vi vilka uppgifter om dig som behandlas och varför.

Ditt namn, dina kontaktuppgifter och de identitetsuppgifter som fås vid elektronisk identifiering behandlas endast för att identifiera dig och hålla tjänsten säker. De förvaras åtskilda från övriga uppgifter. Andra användare ser bara din pseudonym, om du inte själv väljer att dela mer.

Uppgifterna i din kompetenskartläggning och utvecklingsplan ser bara du. Du kan ge din organisations HR-specialister rätt att se de delar du väljer och återkalla rätten när som helst. Varje gång någon tittar på dina uppgifter registreras det, och du ser registret på din egen sida.

Rättslig grund för behandlingen är ditt samtycke och stadens lagstadgade uppgift inom närings- och sysselsättningstjänster. Uppgifterna sparas så länge du använder tjänsten; du kan radera ditt konto och dina uppgifter.

Du har rätt att få tillgång till dina uppgifter, rätta och radera dem, begränsa och invända mot behandlingen samt flytta dina uppgifter till en annan tjänst. Du kan lämna in klagomål till dataombudsmannens byrå.$$),
(1, 'en', 'Osaamo privacy notice', $$Osaamo is the region's continuous-learning service. The controller is the city that runs the service. This notice tells what data about you is processed and why.

Your name, your contact details and the identity data received from electronic identification are processed only to identify you and to keep the service secure. They are stored apart from all other data. Other users see only your pseudonym unless you choose to share more.

Only you see your competence mapping and development plan. You can let the HR specialists of your organisation see the parts you choose, and withdraw that right at any time. Every view of your data is logged, and you see the log on your own page.

The legal basis is your consent and the city's statutory task in business and employment services. The data is kept as long as you use the service; you can delete your account and your data.

You have the right to access your data, to have it corrected and erased, to restrict and object to its processing, and to move it to another service. You may lodge a complaint with the Office of the Data Protection Ombudsman.$$);
