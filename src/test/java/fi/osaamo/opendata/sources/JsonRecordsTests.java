package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fi.osaamo.opendata.OpenDataFixtures;
import fi.osaamo.opendata.imports.SourceRecord;
import fi.osaamo.opendata.imports.SourceUnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A document that cannot be read as JSON ends the run with a reason the run log
 * translates: which kind of problem, its line and column, and what was unexpected, never
 * the parser's English message.
 */
class JsonRecordsTests {

	@Test
	void anImageIsNamedForWhatItIs() {
		var png = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertFailure(png, "opendata.run.wrongFormat", "PNG", "JSON");
		assertFailure(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }, "opendata.run.wrongFormat",
				"JPEG", "JSON");
		assertFailure("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "opendata.run.wrongFormat", "PDF", "JSON");
	}

	@Test
	void aCutDocumentFailsAfterTheRecordsBeforeTheCut() {
		var records = new ArrayList<SourceRecord>();
		var stream = stream("[{\"id\": \"a\"},\n {\"id\": \"b\"},\n {\"id\": ");
		assertThatThrownBy(() -> stream.forEachRemaining(records::add)).isInstanceOf(SourceUnavailableException.class)
			.satisfies(ex -> {
				var failure = (SourceUnavailableException) ex;
				assertThat(failure.messageKey()).isEqualTo("opendata.run.json.cutShort");
				assertThat(failure.arguments()).containsExactly("3", "9");
			});
		assertThat(records).hasSize(2);
	}

	@Test
	void whatTheParserStumbledOnIsNamed() {
		assertFailure("[{\"id\": x}]", "opendata.run.json.unexpected", "1", "9", "x");
		assertFailure("[{\"id\": \"a\"} {\"id\": \"b\"}]", "opendata.run.json.unexpected", "1", "14", "{");
		assertFailure("[{\"id\": \"a\"]", "opendata.run.json.unexpected", "1", "12", "]");
		assertFailure("\u0001[]", "opendata.run.json.unexpected", "1", "1", "U+0001");
		assertFailure("<html></html>", "opendata.run.json.unexpected", "1", "1", "<");
	}

	@Test
	void emptyTextAndOtherEncodingsFail() {
		assertFailure(" \n ", "opendata.run.json.empty");
		assertFailure("\"just text\"", "opendata.run.json.notRecords", "1", "1");
		assertFailure(new byte[] { '[', '"', (byte) 0xc3, '"', ']' }, "opendata.run.json.encoding", "1", "3");
	}

	@Test
	void columnsCountCharactersAndAByteOrderMarkIsSkipped() {
		assertFailure("[{\"nimi\": \"Hämeenlinna\" x}]", "opendata.run.json.unexpected", "1", "25", "x");
		var withMark = "\ufeff[{\"id\": \"a\"}]".getBytes(StandardCharsets.UTF_8);
		var records = new ArrayList<SourceRecord>();
		stream(withMark).forEachRemaining(records::add);
		assertThat(records).hasSize(1);
	}

	@Test
	void aRecordThatIsNotAnObjectIsTurnedDownAndTheOthersRead() {
		var records = new ArrayList<SourceRecord>();
		stream("[{\"id\": \"a\"}, 5, {\"id\": \"c\"}]").forEachRemaining(records::add);
		assertThat(records).extracting(record -> record.getClass().getSimpleName())
			.containsExactly("Parsed", "Rejected", "Parsed");
	}

	static fi.osaamo.opendata.imports.RecordStream stream(String document) {
		return stream(document.getBytes(StandardCharsets.UTF_8));
	}

	static fi.osaamo.opendata.imports.RecordStream stream(byte[] document) {
		return JsonRecords.stream(OpenDataFixtures.JSON, new ByteArrayInputStream(document), Set.of(), node -> {
			if (!node.isObject()) {
				return new SourceRecord.Rejected("?", "opendata.reject.notAnObject", node.getNodeType().name());
			}
			return new SourceRecord.Parsed(node.path("id").asString(), node);
		});
	}

	static void assertFailure(String document, String key, String... arguments) {
		assertFailure(document.getBytes(StandardCharsets.UTF_8), key, arguments);
	}

	static void assertFailure(byte[] document, String key, String... arguments) {
		assertThatThrownBy(() -> stream(document).forEachRemaining(record -> {
		})).as(key).isInstanceOf(SourceUnavailableException.class).satisfies(ex -> {
			var failure = (SourceUnavailableException) ex;
			assertThat(failure.messageKey()).isEqualTo(key);
			assertThat(failure.arguments()).isEqualTo(List.of(arguments));
		});
	}

}
