package org.tandem.calendar.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.calendar.CalendarFeedBusy;
import org.tandem.calendar.CalendarFeeds;
import org.tandem.calendar.IssuedCalendarFeed;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;

/**
 * The calendar link of a mentor or senior. The person's page loads this section with htmx
 * ({@code HX-Request}) and its buttons replace it in place; without JavaScript the same
 * addresses are a page of their own, and the buttons come back to it.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class CalendarFeedPages {

	private static final String GROUP = "{group:mentors|seniors}";

	private static final String FEED = "/" + GROUP + "/{id}/calendar-feed";

	private static final String PAGE = "calendar/feed";

	private static final String SECTION = "calendar/feed :: section";

	private final CalendarFeeds feeds;

	private final People people;

	CalendarFeedPages(CalendarFeeds feeds, People people) {
		this.feeds = feeds;
		this.people = people;
	}

	@GetMapping(FEED)
	String show(@PathVariable String group, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		// The same address answers a section or a page: caches must tell them apart.
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		describe(group, person(group, id), model);
		return (htmx != null) ? SECTION : PAGE;
	}

	@PostMapping(FEED)
	String create(@PathVariable String group, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		Person person = person(group, id);
		String url;
		try {
			IssuedCalendarFeed issued = this.feeds.issue(person.id());
			url = ServletUriComponentsBuilder.fromCurrentContextPath().path(issued.path()).toUriString();
		}
		catch (CalendarFeedBusy busy) {
			return answer(group, person, htmx, "busy", model, redirect);
		}
		if (htmx == null) {
			redirect.addFlashAttribute("feedUrl", url);
			redirect.addFlashAttribute("webcalUrl", webcal(url));
			return redirectTo(group, id);
		}
		model.addAttribute("feedUrl", url);
		model.addAttribute("webcalUrl", webcal(url));
		describe(group, person, model);
		return SECTION;
	}

	@PostMapping(FEED + "/revoke")
	String revoke(@PathVariable String group, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		Person person = person(group, id);
		this.feeds.revoke(person.id());
		return answer(group, person, htmx, "revoked", model, redirect);
	}

	/** The section with a notice in place, or without htmx back to the page with it. */
	private String answer(String group, Person person, @Nullable String htmx, String notice, Model model,
			RedirectAttributes redirect) {
		if (htmx == null) {
			redirect.addFlashAttribute(notice, true);
			return redirectTo(group, person.id().value());
		}
		model.addAttribute(notice, true);
		describe(group, person, model);
		return SECTION;
	}

	private void describe(String group, Person person, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("person", person);
		model.addAttribute("feed", this.feeds.status(person.id()));
	}

	private Person person(String group, UUID id) {
		return this.people.get(group.equals("mentors") ? PersonKind.MENTOR : PersonKind.SENIOR, new PersonId(id));
	}

	private static String redirectTo(String group, UUID id) {
		return "redirect:/" + group + "/" + id + "/calendar-feed";
	}

	/** The same address for the apps that subscribe when a webcal: link is opened. */
	private static String webcal(String url) {
		return "webcal" + url.substring(url.indexOf(':'));
	}

}
