package org.tandem.logbook;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.curriculum.StepId;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.progress.Passports;
import org.tandem.sessions.OccurrenceId;
import org.tandem.testing.BenchmarkApplication;

/**
 * Measures logging a session and opening a senior's learning passport on a database that
 * already holds millions of logged sessions, with many users at once, on PostgreSQL.
 * <p>
 * Starts the application, lets the {@code national} profile write the generated national
 * registry at the given size, then writes the sessions of a season in bulk with SQL (the
 * fixture, not what is measured): every senior paired with a mentor of the dataset, one
 * weekly online session per pair with {@code weeks + 1} occurrences in the past, the
 * first {@code weeks} of them logged — attendance for both (one senior in ten absent), 60
 * minutes, one topic, three learning steps of the curriculum with levels, feedback — and
 * the last one left to log. The database's statistics are refreshed as they would be a
 * minute after such a write.
 * <p>
 * Then {@code users} threads, each as one user of the organisation, take turns logging
 * one of the unlogged sessions (through {@link Logbook#record}, everything checked and
 * written as from the page) and opening a random senior's learning passport
 * ({@link Passports#passport}: the senior, the curriculum and every step the logs report
 * for them, as the passport page and API read it), first for a warm-up round, then for
 * the measured round; the latencies of each kind are reported as percentiles. The
 * connection pool has Hikari's default ten connections, as in production. The data stays:
 * run it on a scratch database and drop that afterwards (deleting some 16 million rows
 * row by row takes longer than writing them).
 * <p>
 * Not a test: a command, see {@code docs/benchmarks.md}. Arguments: {@code postgres} (the
 * fixture is written with PostgreSQL's SQL), seniors, mentors, venues, weeks per pair,
 * users, operations of each kind per user, and the mean pause in milliseconds a user
 * takes after each pair of operations (default 100000 30000 2000 20 50 40 0: no pause,
 * every user always waiting on the server). {@code again} instead of {@code postgres}
 * measures once more on the data an earlier run left in the database, without writing it
 * again.
 */
public final class LogbookBenchmark {

	static final long SEED = 2026;

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/** Connections in the pool: Hikari's default, as in production, unless told. */
	static final int POOL = Integer.getInteger("tandem.benchmark.pool", 10);

	private LogbookBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String database = (args.length > 0) ? args[0] : "postgres";
		if (!database.equals("postgres") && !database.equals("again")) {
			throw new IllegalArgumentException("The logbook benchmark runs on PostgreSQL only: say postgres or again");
		}
		int seniors = argument(args, 1, 100_000);
		int mentors = argument(args, 2, 30_000);
		int venues = argument(args, 3, 2_000);
		int weeks = argument(args, 4, 20);
		int users = argument(args, 5, 50);
		int perUser = argument(args, 6, 40);
		int think = argument(args, 7, 0);
		String name = "Logbook benchmark " + System.nanoTime();
		System.out.printf(Locale.ROOT,
				"java %s, %d processors, max heap %,d MiB; %,d seniors × %,d mentors, %,d venues, %d logged weeks per pair, %d users%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, seniors, mentors, venues, weeks, users);
		long start = System.nanoTime();
		if (database.equals("again")) {
			try (ConfigurableApplicationContext app = BenchmarkApplication.start("postgres",
					"spring.datasource.hikari.maximum-pool-size=" + POOL)) {
				report("start", start, "application started on the data of an earlier run");
				Organisation organisation = app.getBean(Organisations.class)
					.all()
					.stream()
					.filter((candidate) -> candidate.name().startsWith("Logbook benchmark"))
					.reduce((first, second) -> second)
					.orElseThrow(() -> new IllegalStateException("No earlier run's data in this database"));
				topUp(app, organisation, 2 * users * perUser);
				measure(app, organisation, existing(app, organisation), users, perUser, think);
			}
			return;
		}
		try (ConfigurableApplicationContext app = BenchmarkApplication.start(database,
				"spring.profiles.active=national", "tandem.national.exit=false", "tandem.national.organisation=" + name,
				"tandem.national.seniors=" + seniors, "tandem.national.mentors=" + mentors,
				"tandem.national.venues=" + venues, "tandem.national.seed=" + SEED,
				"spring.datasource.hikari.maximum-pool-size=" + POOL)) {
			report("start and write", start, "application started, national registry written");
			Organisation organisation = app.getBean(Organisations.class).findByName(name).orElseThrow();
			Fixture fixture = write(app, organisation, weeks);
			measure(app, organisation, fixture, users, perUser, think);
		}
	}

	/**
	 * Every run logs 2 × users × requests sessions (warm-up and measured round). When
	 * fewer are left to log, each pair gets one more occurrence, moved to yesterday at
	 * 14:00, as a rescheduled week would be: the same kind of unlogged session the
	 * fixture leaves.
	 */
	private static void topUp(ConfigurableApplicationContext app, Organisation organisation, int needed) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		UUID org = organisation.id().value();
		long start = System.nanoTime();
		long left = count(jdbc,
				"sessions_occurrence o where o.organisation_id = '" + org
						+ "' and o.status = 'PLANNED' and o.starts_at < now()"
						+ " and not exists (select 1 from logbook_log l where l.occurrence_id = o.id)");
		if (left >= needed) {
			return;
		}
		jdbc.sql("""
				insert into sessions_occurrence (id, organisation_id, session_id, position, original_start, starts_at,
				                                 ends_at, place, venue_id, room_id, meeting_link, status, reason,
				                                 sequence, changed_at)
				select gen_random_uuid(), :org, s.id, p.next,
				       ((s.first_day + 7 * p.next) + s.local_start) at time zone s.time_zone,
				       ((current_date - 1) + s.local_start) at time zone s.time_zone,
				       ((current_date - 1) + s.local_end) at time zone s.time_zone,
				       s.place, null, null, s.meeting_link, 'PLANNED', null, 1, now()
				  from sessions_session s
				  join (select session_id, max(position) + 1 as next from sessions_occurrence
				         where organisation_id = :org group by session_id) p on p.session_id = s.id
				 where s.organisation_id = :org and s.kind = 'ONE_TO_ONE'
				""").param("org", org).update();
		jdbc.sql("analyze sessions_occurrence").update();
		report("top up", start, "%,d sessions were left to log, %,d needed: one more occurrence per pair", left,
				needed);
	}

	/** The sessions an earlier run left to log, and the seniors it wrote. */
	private static Fixture existing(ConfigurableApplicationContext app, Organisation organisation) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		UUID org = organisation.id().value();
		long start = System.nanoTime();
		List<ToLog> open = jdbc.sql("""
				select o.id, m.person_id, s.person_id
				  from sessions_occurrence o
				  join sessions_participant m on m.session_id = o.session_id and m.role = 'MENTOR'
				  join sessions_participant s on s.session_id = o.session_id and s.role = 'SENIOR'
				 where o.organisation_id = :org and o.status = 'PLANNED' and o.starts_at < now()
				   and not exists (select 1 from logbook_log l where l.occurrence_id = o.id)
				""")
			.param("org", org)
			.query((row, number) -> new ToLog(new OccurrenceId(row.getObject(1, UUID.class)),
					new PersonId(row.getObject(2, UUID.class)), new PersonId(row.getObject(3, UUID.class))))
			.list();
		List<PersonId> seniors = jdbc.sql("""
				select distinct person_id from sessions_participant where organisation_id = :org and role = 'SENIOR'
				""").param("org", org).query((row, number) -> new PersonId(row.getObject(1, UUID.class))).list();
		List<StepId> steps = jdbc.sql("""
				select id from curriculum_step where organisation_id = :org order by topic_id, sort_order
				""").param("org", org).query((row, number) -> new StepId(row.getObject(1, UUID.class))).list();
		List<ToLog> shuffled = new ArrayList<>(open);
		Collections.shuffle(shuffled, new Random(System.nanoTime()));
		report("find", start, "%,d sessions left to log, %,d seniors, %,d logged sessions", open.size(), seniors.size(),
				count(jdbc, "logbook_log where organisation_id = '" + org + "'"));
		return new Fixture(seniors, new ConcurrentLinkedQueue<>(shuffled), steps);
	}

	/** The seniors, and the occurrences left to log with their two people. */
	record Fixture(List<PersonId> seniors, ConcurrentLinkedQueue<ToLog> toLog, List<StepId> steps) {
	}

	record ToLog(OccurrenceId occurrence, PersonId mentor, PersonId senior) {
	}

	private static Fixture write(ConfigurableApplicationContext app, Organisation organisation, int weeks) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		UUID org = organisation.id().value();
		UUID[] programmes = new UUID[1];
		app.getBean(Organisations.class)
			.actFor(organisation, () -> programmes[0] = app.getBean(Programmes.class).all().get(0).id().value());
		UUID programme = programmes[0];
		// Work tables of the fixture: plain tables, since each statement may get another
		// pooled connection (a temporary table would not be seen), dropped at the end.
		dropWorkTables(jdbc);
		LocalDate firstDay = LocalDate.now(STOCKHOLM).minusDays(7L * weeks + 3);
		long start = System.nanoTime();
		jdbc.sql("""
				create unlogged table bench_pair as
				select s.id as senior_id, m.id as mentor_id, s.r as n
				  from (select id, row_number() over (order by id) as r
				          from person where organisation_id = :org and kind = 'SENIOR') s
				  join (select id, row_number() over (order by id) as r, count(*) over () as c
				          from person where organisation_id = :org and kind = 'MENTOR') m
				    on m.r = ((s.r - 1) % m.c) + 1
				""").param("org", org).update();
		jdbc.sql("alter table bench_pair add column session_id uuid").update();
		jdbc.sql("update bench_pair set session_id = gen_random_uuid()").update();
		jdbc.sql("""
				insert into sessions_session (id, organisation_id, programme_id, kind, pair_id, title, capacity, place,
				                              venue_id, room_id, meeting_link, first_day, local_start, local_end,
				                              time_zone, every_weeks, until_day, planned_count, created_by, created_at)
				select session_id, :org, :programme, 'ONE_TO_ONE', null, 'Tandem', null, 'ONLINE',
				       null, null, 'https://meet.example.org/tandem', :firstDay, time '14:00', time '15:00',
				       'Europe/Stockholm', 1, null, :count, null, now()
				  from bench_pair
				""")
			.param("org", org)
			.param("programme", programme)
			.param("firstDay", firstDay)
			.param("count", weeks + 1)
			.update();
		jdbc.sql("""
				insert into sessions_participant (organisation_id, session_id, person_id, role, status, signed_up_at,
				                                  position)
				select :org, session_id, mentor_id, 'MENTOR', 'BOOKED', now(), 0 from bench_pair
				union all
				select :org, session_id, senior_id, 'SENIOR', 'BOOKED', now(), 1 from bench_pair
				""").param("org", org).update();
		jdbc.sql(
				"""
						insert into sessions_occurrence (id, organisation_id, session_id, position, original_start, starts_at,
						                                 ends_at, place, venue_id, room_id, meeting_link, status, reason,
						                                 sequence, changed_at)
						select gen_random_uuid(), :org, p.session_id, w, t, t, t + interval '1 hour', 'ONLINE', null, null,
						       'https://meet.example.org/tandem', 'PLANNED', null, 0, now()
						  from bench_pair p
						 cross join generate_series(0, :weeks) as w
						 cross join lateral (select ((:firstDay::date + 7 * w) + time '14:00') at time zone 'Europe/Stockholm' as t) as s
						""")
			.param("org", org)
			.param("weeks", weeks)
			.param("firstDay", firstDay)
			.update();
		report("sessions", start, "%,d pairs, %,d occurrences", count(jdbc, "bench_pair"),
				count(jdbc, "sessions_occurrence where organisation_id = '" + org + "'"));
		start = System.nanoTime();
		jdbc.sql("""
				create unlogged table bench_log as
				select o.id as occurrence_id, o.session_id, o.starts_at, o.position, p.senior_id, p.mentor_id, p.n
				  from sessions_occurrence o join bench_pair p on p.session_id = o.session_id
				 where o.organisation_id = :org and o.position < :weeks
				""").param("org", org).param("weeks", weeks).update();
		jdbc.sql("""
				insert into logbook_log (occurrence_id, organisation_id, session_id, programme_id, held_at, revision,
				                         minutes, attested, scam_seen, alert_open, first_logged_at, changed_at)
				select occurrence_id, :org, session_id, :programme, starts_at, 1, 60, true, false, false, now(), now()
				  from bench_log
				""").param("org", org).param("programme", programme).update();
		jdbc.sql("""
				insert into logbook_revision (occurrence_id, revision, organisation_id, minutes, note, attested,
				                              scam_seen, logged_by, on_behalf, reason, logged_at)
				select occurrence_id, 1, :org, 60, null, true, false, null, false, null, now() from bench_log
				""").param("org", org).update();
		jdbc.sql("""
				insert into logbook_attendance (occurrence_id, revision, person_id, organisation_id, role, attendance,
				                                feedback, held_at, current)
				select occurrence_id, 1, mentor_id, :org, 'MENTOR', 'PRESENT', null, starts_at, true from bench_log
				union all
				select occurrence_id, 1, senior_id, :org, 'SENIOR',
				       case when (n + position) % 10 = 0 then 'ABSENT' else 'PRESENT' end,
				       case when (n + position) % 10 = 0 then null else 1 + (n + position) % 5 end, starts_at, true
				  from bench_log
				""").param("org", org).update();
		List<UUID> steps = jdbc.sql("""
				select s.id from curriculum_step s where s.organisation_id = :org order by s.topic_id, s.sort_order
				""").param("org", org).query(UUID.class).list();
		jdbc.sql("create unlogged table bench_step (k integer primary key, step_id uuid, topic_id uuid)").update();
		jdbc.sql("""
				insert into bench_step (k, step_id, topic_id)
				select (row_number() over (order by topic_id, sort_order)) - 1, id, topic_id
				  from curriculum_step where organisation_id = :org
				""").param("org", org).update();
		jdbc.sql(
				"""
						insert into logbook_step (occurrence_id, revision, senior_id, step_id, organisation_id, level, held_at,
						                          current)
						select l.occurrence_id, 1, l.senior_id, s.step_id, :org,
						       (array['NOT_YET', 'INTRODUCED', 'WITH_HELP', 'ON_MY_OWN', 'CAN_SHOW_OTHERS'])[1 + least(4, l.position / 4)],
						       l.starts_at, true
						  from bench_log l
						 cross join generate_series(0, 2) as j
						  join bench_step s on s.k = (l.n * 7 + l.position * 3 + j) % :steps
						 where (l.n + l.position) % 10 <> 0
						""")
			.param("org", org)
			.param("steps", steps.size())
			.update();
		jdbc.sql("""
				insert into logbook_topic (occurrence_id, revision, topic_id, organisation_id)
				select distinct l.occurrence_id, 1, s.topic_id, :org
				  from logbook_step x join bench_log l on l.occurrence_id = x.occurrence_id
				  join bench_step s on s.step_id = x.step_id
				 where x.organisation_id = :org
				""").param("org", org).update();
		report("logs", start, "%,d logged sessions, %,d attendance rows, %,d step rows",
				count(jdbc, "logbook_log where organisation_id = '" + org + "'"),
				count(jdbc, "logbook_attendance where organisation_id = '" + org + "'"),
				count(jdbc, "logbook_step where organisation_id = '" + org + "'"));
		start = System.nanoTime();
		jdbc.sql("analyze").update();
		report("analyze", start, "database statistics refreshed");
		List<ToLog> open = jdbc.sql("""
				select o.id, p.mentor_id, p.senior_id
				  from sessions_occurrence o join bench_pair p on p.session_id = o.session_id
				 where o.organisation_id = :org and o.position = :weeks
				""")
			.param("org", org)
			.param("weeks", weeks)
			.query((row, number) -> new ToLog(new OccurrenceId(row.getObject(1, UUID.class)),
					new PersonId(row.getObject(2, UUID.class)), new PersonId(row.getObject(3, UUID.class))))
			.list();
		List<PersonId> seniors = open.stream().map(ToLog::senior).toList();
		List<ToLog> shuffled = new ArrayList<>(open);
		Collections.shuffle(shuffled, new Random(SEED));
		dropWorkTables(jdbc);
		return new Fixture(seniors, new ConcurrentLinkedQueue<>(shuffled), steps.stream().map(StepId::new).toList());
	}

	private static void dropWorkTables(JdbcClient jdbc) {
		for (String table : List.of("bench_pair", "bench_log", "bench_step")) {
			jdbc.sql("drop table if exists " + table).update();
		}
	}

	private static void measure(ConfigurableApplicationContext app, Organisation organisation, Fixture fixture,
			int users, int perUser, int think) throws InterruptedException {
		Organisations organisations = app.getBean(Organisations.class);
		Logbook logbook = app.getBean(Logbook.class);
		Passports passports = app.getBean(Passports.class);
		for (String round : List.of("warm-up", "measured")) {
			long[][] logTimes = new long[users][perUser];
			long[][] passportTimes = new long[users][perUser];
			AtomicInteger failures = new AtomicInteger();
			CountDownLatch ready = new CountDownLatch(users);
			CountDownLatch go = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(users);
			long start = System.nanoTime();
			for (int u = 0; u < users; u++) {
				int user = u;
				pool.execute(() -> {
					Random random = new Random(SEED + user + round.hashCode());
					ready.countDown();
					try {
						go.await();
						for (int i = 0; i < perUser; i++) {
							ToLog next = fixture.toLog().poll();
							if (next == null) {
								throw new IllegalStateException("No session left to log");
							}
							long t0 = System.nanoTime();
							organisations.actFor(organisation,
									() -> logbook.record(next.occurrence(), 0, report(next, fixture, random), null));
							long t1 = System.nanoTime();
							PersonId senior = fixture.seniors().get(random.nextInt(fixture.seniors().size()));
							organisations.actFor(organisation, () -> passports.passport(senior));
							long t2 = System.nanoTime();
							logTimes[user][i] = t1 - t0;
							passportTimes[user][i] = t2 - t1;
							if (think > 0) {
								Thread.sleep(random.nextInt(2 * think + 1));
							}
						}
					}
					catch (RuntimeException | InterruptedException ex) {
						failures.incrementAndGet();
						ex.printStackTrace();
					}
				});
			}
			ready.await();
			start = System.nanoTime();
			go.countDown();
			pool.shutdown();
			pool.awaitTermination(1, TimeUnit.HOURS);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "  %s round: %d users × %d (log + passport, then %s) in %.1f s, %d failed%n",
					round, users, perUser, (think > 0) ? "0–" + (2 * think) + " ms pause" : "no pause", seconds,
					failures.get());
			percentiles("log a session", logTimes);
			percentiles("open a passport", passportTimes);
			spread(logTimes, passportTimes);
		}
	}

	static SessionReport report(ToLog next, Fixture fixture, Random random) {
		List<StepReached> steps = new ArrayList<>();
		int first = random.nextInt(fixture.steps().size() - 3);
		LearningLevel[] levels = LearningLevel.values();
		for (int j = 0; j < 3; j++) {
			steps.add(new StepReached(next.senior(), fixture.steps().get(first + j),
					levels[1 + random.nextInt(levels.length - 1)]));
		}
		return new SessionReport(Map.of(next.mentor(), Attendance.PRESENT, next.senior(), Attendance.PRESENT), 55,
				Set.of(), steps, Map.of(next.senior(), 1 + random.nextInt(5)), "Benchmark", true, false);
	}

	private static void percentiles(String what, long[][] times) {
		long[] all = Arrays.stream(times).flatMapToLong(Arrays::stream).filter((t) -> t > 0).sorted().toArray();
		if (all.length == 0) {
			System.out.printf(Locale.ROOT, "    %-16s nothing measured%n", what);
			return;
		}
		System.out.printf(Locale.ROOT, "    %-16s n=%,d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
				what, all.length, at(all, 0.50), at(all, 0.95), at(all, 0.99), all[all.length - 1] / 1e6);
	}

	/**
	 * How evenly the users were served: the time each spent waiting on the server in all,
	 * from the quickest user to the slowest. A server that serves in turn keeps them
	 * close.
	 */
	private static void spread(long[][] logTimes, long[][] passportTimes) {
		long[] perUser = new long[logTimes.length];
		for (int user = 0; user < logTimes.length; user++) {
			perUser[user] = Arrays.stream(logTimes[user]).sum() + Arrays.stream(passportTimes[user]).sum();
		}
		Arrays.sort(perUser);
		System.out.printf(Locale.ROOT,
				"    time on the server per user: quickest %.2f s, median %.2f s, slowest %.2f s%n", perUser[0] / 1e9,
				perUser[perUser.length / 2] / 1e9, perUser[perUser.length - 1] / 1e9);
	}

	private static double at(long[] sorted, double fraction) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1e6;
	}

	private static long count(JdbcClient jdbc, String from) {
		return jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

	private static int argument(String[] args, int index, int otherwise) {
		return (args.length > index) ? Integer.parseInt(args[index]) : otherwise;
	}

	private static void report(String step, long start, String format, Object... arguments) {
		System.out.printf(Locale.ROOT, "  %-22s %7.2f s  %s%n", step, (System.nanoTime() - start) / 1e9,
				String.format(Locale.ROOT, format, arguments));
	}

}
