package org.tandem.system.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.tandem.system.NotFound;

/**
 * A page asked for a record that is not there (or belongs to another organisation): the
 * 404 page says so in the user's language. Rule violations in forms are handled by the
 * controllers, which re-render the form with the message next to the field.
 */
@ControllerAdvice(annotations = Controller.class)
class HtmlErrors {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFound notFound) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("messageKey", notFound.messageKey());
		return page;
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView malformedId(MethodArgumentTypeMismatchException mismatch) {
		return new ModelAndView("error/404");
	}

}
