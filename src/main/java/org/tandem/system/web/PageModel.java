package org.tandem.system.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: where we are, so the language switch can come back
 * here.
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

}
