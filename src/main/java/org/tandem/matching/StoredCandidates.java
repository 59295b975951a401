package org.tandem.matching;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The exact candidate set of a run as it is stored: one compressed binary per run rather
 * than a row per pair, because a national run has some 18 million pairs. Writing and
 * reading both stream, so that neither side ever holds the pairs as objects: the problem
 * is written straight from its arrays, and reading hands each item to a
 * {@link CandidateSink} as it is decoded.
 *
 * <h2>Format 1</h2> A gzip stream of big-endian values; a <em>varint</em> is an unsigned
 * LEB128 integer (7 bits a byte, low bits first) and a <em>zigzag</em> is a signed int
 * mapped to a varint as {@code (n << 1) ^ (n >> 31)}.
 * <ol>
 * <li>int magic {@code 0x54434E44} ("TCND"), int format {@code 1};</li>
 * <li>varint senior count, then each senior's id as two longs (most, then least
 * significant bits), in the problem's canonical order (by id); a pair refers to a senior
 * by this position;</li>
 * <li>varint mentor count, then per mentor (canonical order, by id): its id as two longs,
 * varint free capacity, and that many zigzag load penalties;</li>
 * <li>per senior, in order: varint number of its pairs, then per pair (by mentor
 * position): varint mentor position less the previous pair's (the first less 0), and the
 * zigzag score;</li>
 * <li>varint number of kept pairs, then per pair: senior id and mentor id as two longs
 * each, zigzag score;</li>
 * <li>int magic again, so that a truncated blob is refused rather than read short.</li>
 * </ol>
 */
final class StoredCandidates {

	static final int FORMAT = 1;

	private static final int MAGIC = 0x54434E44;

	private static final int BUFFER = 1 << 16;

	private StoredCandidates() {
	}

	/**
	 * The problem compressed into one buffer, which the database reads through
	 * {@link Encoded#stream()} without another copy.
	 */
	static Encoded encode(MatchingProblem problem) {
		Encoded encoded = new Encoded();
		try {
			write(problem, encoded);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return encoded;
	}

	/** Writes the problem in format 1 to {@code out}, which is left open. */
	static void write(MatchingProblem problem, OutputStream out) throws IOException {
		// The fastest deflate level: the varints are already dense, and a national
		// candidate set is stored while the run waits.
		GZIPOutputStream gzip = new GZIPOutputStream(new UnclosedOutput(out), BUFFER) {
			{
				this.def.setLevel(Deflater.BEST_SPEED);
			}
		};
		DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, BUFFER));
		data.writeInt(MAGIC);
		data.writeInt(FORMAT);
		varint(data, problem.seniorCount());
		for (int senior = 0; senior < problem.seniorCount(); senior++) {
			id(data, problem.seniorId(senior));
		}
		varint(data, problem.mentorCount());
		for (int mentor = 0; mentor < problem.mentorCount(); mentor++) {
			id(data, problem.mentorId(mentor));
			LoadPenalties penalties = problem.penalties(mentor);
			varint(data, penalties.capacity());
			for (int k = 0; k < penalties.capacity(); k++) {
				zigzag(data, penalties.cost(k));
			}
		}
		Candidates candidates = problem.candidates();
		for (int senior = 0; senior < problem.seniorCount(); senior++) {
			varint(data, problem.pairsEnd(senior) - problem.pairsStart(senior));
			int previous = 0;
			for (int pair = problem.pairsStart(senior); pair < problem.pairsEnd(senior); pair++) {
				varint(data, candidates.mentor(pair) - previous);
				previous = candidates.mentor(pair);
				zigzag(data, candidates.score(pair));
			}
		}
		varint(data, problem.fixed().size());
		for (Assignment pair : problem.fixed()) {
			id(data, pair.seniorId());
			id(data, pair.mentorId());
			zigzag(data, pair.score());
		}
		data.writeInt(MAGIC);
		data.close();
	}

	/**
	 * Decodes a stored candidate set item by item, in the order {@link CandidateSink}
	 * promises. Only the ids of seniors and mentors are held while pairs stream through.
	 * @throws IOException if the stream fails or is not a candidate set of format 1
	 */
	static void read(InputStream in, CandidateSink sink) throws IOException {
		DataInputStream data = new DataInputStream(
				new BufferedInputStream(new GZIPInputStream(new UnclosedInput(in), BUFFER), BUFFER));
		if (data.readInt() != MAGIC) {
			throw new IOException("Not a stored candidate set");
		}
		int format = data.readInt();
		if (format != FORMAT) {
			throw new IOException("Stored candidate set of format " + format + ", expected " + FORMAT);
		}
		UUID[] seniors = new UUID[count(data)];
		for (int senior = 0; senior < seniors.length; senior++) {
			seniors[senior] = id(data);
			sink.senior(seniors[senior]);
		}
		UUID[] mentors = new UUID[count(data)];
		for (int mentor = 0; mentor < mentors.length; mentor++) {
			mentors[mentor] = id(data);
			int[] penalties = new int[count(data)];
			for (int k = 0; k < penalties.length; k++) {
				penalties[k] = zigzag(data);
			}
			sink.mentor(mentors[mentor], penalties);
		}
		for (UUID senior : seniors) {
			int pairs = count(data);
			int mentor = 0;
			for (int pair = 0; pair < pairs; pair++) {
				mentor += count(data);
				if (mentor >= mentors.length) {
					throw new IOException("A stored pair names mentor " + mentor + " of " + mentors.length);
				}
				sink.candidate(senior, mentors[mentor], zigzag(data));
			}
		}
		int fixed = count(data);
		for (int pair = 0; pair < fixed; pair++) {
			UUID senior = id(data);
			UUID mentor = id(data);
			sink.fixed(senior, mentor, zigzag(data));
		}
		if (data.readInt() != MAGIC) {
			throw new IOException("The stored candidate set does not end where it should");
		}
	}

	/**
	 * Rebuilds the problem the solver was given, for re-solving a stored run.
	 */
	static MatchingProblem problem(InputStream in) throws IOException {
		Rebuilt rebuilt = new Rebuilt();
		read(in, rebuilt);
		return rebuilt.problem();
	}

	private static void id(DataOutputStream data, UUID id) throws IOException {
		data.writeLong(id.getMostSignificantBits());
		data.writeLong(id.getLeastSignificantBits());
	}

	private static UUID id(DataInputStream data) throws IOException {
		return new UUID(data.readLong(), data.readLong());
	}

	private static void varint(DataOutputStream data, int value) throws IOException {
		int rest = value;
		while ((rest & ~0x7F) != 0) {
			data.writeByte((rest & 0x7F) | 0x80);
			rest >>>= 7;
		}
		data.writeByte(rest);
	}

	private static void zigzag(DataOutputStream data, int value) throws IOException {
		varint(data, (value << 1) ^ (value >> 31));
	}

	private static int varint(DataInputStream data) throws IOException {
		int value = 0;
		for (int shift = 0; shift < 35; shift += 7) {
			int next = data.readUnsignedByte();
			value |= (next & 0x7F) << shift;
			if ((next & 0x80) == 0) {
				return value;
			}
		}
		throw new IOException("A stored number is longer than an int");
	}

	/** A varint that counts something, so that it cannot be negative. */
	private static int count(DataInputStream data) throws IOException {
		int count = varint(data);
		if (count < 0) {
			throw new IOException("A stored count is negative: " + count);
		}
		return count;
	}

	private static int zigzag(DataInputStream data) throws IOException {
		int value = varint(data);
		return (value >>> 1) ^ -(value & 1);
	}

	/** A compressed candidate set, read back without copying its buffer. */
	static final class Encoded extends ByteArrayOutputStream {

		private Encoded() {
			super(BUFFER);
		}

		/** The compressed bytes, as the same buffer. */
		InputStream stream() {
			return new ByteArrayInputStream(this.buf, 0, this.count);
		}

	}

	/** Keeps the caller's input open when the gzip layer is closed. */
	private static final class UnclosedInput extends FilterInputStream {

		UnclosedInput(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}

	}

	/** Keeps the caller's output open when the gzip layer is closed; flushes instead. */
	private static final class UnclosedOutput extends FilterOutputStream {

		UnclosedOutput(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			this.out.flush();
		}

	}

	/** Collects what is read back into a problem. */
	private static final class Rebuilt implements CandidateSink {

		private final List<UUID> seniors = new ArrayList<>();

		private final Map<UUID, Integer> seniorIndex = new HashMap<>();

		private final List<MentorLoad> mentors = new ArrayList<>();

		private final Map<UUID, Integer> mentorIndex = new HashMap<>();

		private final Candidates.Builder candidates = Candidates.builder();

		private final List<Assignment> fixed = new ArrayList<>();

		@Override
		public void senior(UUID seniorId) {
			this.seniorIndex.put(seniorId, this.seniors.size());
			this.seniors.add(seniorId);
		}

		@Override
		public void mentor(UUID mentorId, int[] penalties) {
			this.mentorIndex.put(mentorId, this.mentors.size());
			this.mentors.add(new MentorLoad(mentorId, LoadPenalties.of(penalties)));
		}

		@Override
		public void candidate(UUID seniorId, UUID mentorId, int score) {
			this.candidates.add(this.seniorIndex.get(seniorId), this.mentorIndex.get(mentorId), score);
		}

		@Override
		public void fixed(UUID seniorId, UUID mentorId, int score) {
			this.fixed.add(new Assignment(seniorId, mentorId, score));
		}

		MatchingProblem problem() {
			return MatchingProblem.of(this.seniors, this.mentors, this.candidates.build(), this.fixed);
		}

	}

}
