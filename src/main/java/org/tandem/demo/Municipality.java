package org.tandem.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * One of Sweden's 290 municipalities, with a rough population used only to weight
 * generated data.
 *
 * @param code SCB's four-digit municipality code
 * @param name the municipality's name
 * @param county SCB's two-digit county code
 * @param thousands approximate population in thousands
 */
record Municipality(String code, String name, String county, int thousands) {

	/** All 290, read from {@code demo/municipalities.csv}. */
	static List<Municipality> all() {
		List<Municipality> all = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/municipalities.csv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.startsWith("code,") || line.isBlank()) {
					continue;
				}
				String[] fields = line.split(",");
				all.add(new Municipality(fields[0], fields[1], fields[2], Integer.parseInt(fields[3])));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(all);
	}

}
