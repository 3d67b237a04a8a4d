package fi.osaamo.opendata.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Utf8ReaderTests {

	@Test
	void readsLongTextWhoseCharactersCrossTheBuffersEdges() throws IOException {
		var text = "a" + "ä€😀".repeat(5000);
		assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), 7))
			.isEqualTo(text);
		var oneByOne = new Utf8Reader(new ByteArrayInputStream("😀ä".getBytes(StandardCharsets.UTF_8)));
		assertThat(readAll(oneByOne, 1)).isEqualTo("😀ä");
	}

	@Test
	void handsOverTheTextBeforeABadByteAndThenFails() throws IOException {
		var bytes = new byte[] { 'a', 'b', (byte) 0xc3, 'c' };
		var reader = new Utf8Reader(new ByteArrayInputStream(bytes));
		var buffer = new char[10];
		assertThat(reader.read(buffer, 0, 10)).isEqualTo(2);
		assertThatThrownBy(() -> reader.read(buffer, 0, 10)).isInstanceOf(MalformedInputException.class);
	}

	@Test
	void aSequenceCutAtTheEndFails() {
		var bytes = new byte[] { 'a', (byte) 0xe2, (byte) 0x82 };
		assertThatThrownBy(() -> readAll(new Utf8Reader(new ByteArrayInputStream(bytes)), 10))
			.isInstanceOf(MalformedInputException.class);
	}

	static String readAll(Reader reader, int chunk) throws IOException {
		var text = new StringBuilder();
		var buffer = new char[chunk];
		int read;
		while ((read = reader.read(buffer, 0, chunk)) >= 0) {
			text.append(buffer, 0, read);
		}
		assertThat(reader.read(buffer, 0, chunk)).isEqualTo(-1);
		return text.toString();
	}

}
