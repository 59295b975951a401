package org.tandem.system.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout needs on every page: where we are, so the language switch can come back
 * here, and the same address without its page number, for the pager of any list.
 */
@ControllerAdvice
class PageModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String path = request.getRequestURI();
		String query = request.getQueryString();
		String here = (query != null) ? path + "?" + query : path;
		return LanguageController.localPath(here);
	}

	@ModelAttribute("pageBase")
	String pageBase(HttpServletRequest request) {
		UriComponentsBuilder base = UriComponentsBuilder
			.fromPath(LanguageController.localPath(request.getRequestURI()));
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("_csrf")) {
				base.queryParam(name, (Object[]) values);
			}
		});
		return base.encode().build().toUriString();
	}

}
