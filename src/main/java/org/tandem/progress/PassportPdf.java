package org.tandem.progress;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;

/**
 * Writes one passport as a large-print A4 card: every text at 16 pt or more, headings
 * larger, each level in words beside a row of four boxes filled one per level, so that
 * the level reads without colour. The font is Liberation Sans, which OpenPDF ships and
 * which is embedded, so that names and step titles print in any Latin script.
 */
class PassportPdf {

	static final float TEXT = 16;

	static final float HEADING = 22;

	static final float TITLE = 30;

	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private static final BaseFont BASE = loadFont();

	private final MessageSource messages;

	private final Locale language;

	private final Font text = new Font(BASE, TEXT);

	private final Font strong = new Font(BASE, TEXT, Font.BOLD);

	private final Font heading = new Font(BASE, HEADING, Font.BOLD);

	private final Font title = new Font(BASE, TITLE, Font.BOLD);

	PassportPdf(MessageSource messages, Locale language) {
		this.messages = messages;
		this.language = language;
	}

	byte[] write(Passport passport, String organisation) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("progress.pdf.title") + " – " + passport.name());
		document.setDocumentLanguage(this.language.toLanguageTag());
		document.open();
		document.add(new Paragraph(organisation, this.text));
		Paragraph heading = new Paragraph(text("progress.pdf.title"), this.title);
		heading.setSpacingBefore(8);
		document.add(heading);
		document.add(new Paragraph(passport.name(), this.heading));
		document.add(new Paragraph(
				text("progress.pdf.printed",
						passport.today().format(DateTimeFormatter.ofPattern("d MMMM yyyy", this.language))),
				this.text));
		Paragraph legend = new Paragraph(text("progress.pdf.legend", PassportStep.lastStage()), this.text);
		legend.setSpacingBefore(12);
		document.add(legend);
		if (passport.topics().isEmpty()) {
			Paragraph none = new Paragraph(text("progress.passport.noTopics"), this.text);
			none.setSpacingBefore(16);
			document.add(none);
		}
		for (PassportTopic topic : passport.topics()) {
			Paragraph name = new Paragraph(topic.name().in(this.language), this.heading);
			name.setSpacingBefore(20);
			name.setSpacingAfter(6);
			name.setKeepTogether(true);
			document.add(name);
			document.add(steps(topic));
		}
		document.close();
		return out.toByteArray();
	}

	private PdfPTable steps(PassportTopic topic) {
		PdfPTable table = new PdfPTable(new float[] { 52, 28, 20 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.addCell(cell(text("progress.passport.step"), this.strong));
		table.addCell(cell(text("progress.passport.level"), this.strong));
		table.addCell(cell("", this.strong));
		for (PassportStep step : topic.steps()) {
			String title = step.title().in(this.language)
					+ (step.retired() ? " (" + text("progress.passport.retired") + ")" : "");
			table.addCell(cell(title, this.text));
			table.addCell(cell(text("progress.level." + step.level()), this.text));
			PdfPCell boxes = new PdfPCell(boxes(step.stage()));
			boxes.setBorder(Rectangle.BOTTOM);
			boxes.setPadding(6);
			boxes.setVerticalAlignment(Element.ALIGN_MIDDLE);
			table.addCell(boxes);
		}
		return table;
	}

	/**
	 * Four boxes, the first {@code stage} of them filled: black on white, never colour.
	 */
	private static PdfPTable boxes(int stage) {
		PdfPTable boxes = new PdfPTable(PassportStep.lastStage());
		boxes.setWidthPercentage(100);
		for (int box = 1; box <= PassportStep.lastStage(); box++) {
			PdfPCell cell = new PdfPCell(new Phrase(""));
			cell.setFixedHeight(TEXT);
			cell.setBorderWidth(1.5f);
			cell.setBorderColor(Color.BLACK);
			cell.setBackgroundColor(box <= stage ? Color.BLACK : Color.WHITE);
			boxes.addCell(cell);
		}
		return boxes;
	}

	private static PdfPCell cell(String content, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(content, font));
		cell.setBorder(Rectangle.BOTTOM);
		cell.setPadding(6);
		cell.setPaddingBottom(10);
		return cell;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.language);
	}

	private static BaseFont loadFont() {
		try (InputStream in = PassportPdf.class.getClassLoader().getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("OpenPDF's " + FONT + " is not on the class path");
			}
			return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
