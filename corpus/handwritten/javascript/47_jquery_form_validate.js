/**
 * Lightweight form validation, written for the 2011 checkout redesign.
 * Depends on jQuery 1.6+.
 *
 * Markup:
 *   <input name="email" data-rules="required|email" data-label="E-mail">
 *   <input name="zip" data-rules="required|pattern:^\d{5}$" data-message-pattern="5 digits please">
 */
(function ($) {

	var rules = {
		required: function (value) {
			return $.trim(value).length > 0;
		},
		email: function (value) {
			return value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value);
		},
		minlength: function (value, arg) {
			return value === '' || value.length >= parseInt(arg, 10);
		},
		maxlength: function (value, arg) {
			return value.length <= parseInt(arg, 10);
		},
		number: function (value) {
			return value === '' || !isNaN(parseFloat(value)) && isFinite(value);
		},
		pattern: function (value, arg) {
			return value === '' || new RegExp(arg).test(value);
		},
		equals: function (value, arg, $form) {
			return value === $form.find('[name="' + arg + '"]').val();
		}
	};

	var messages = {
		required: '{label} is required.',
		email: 'Please enter a valid e-mail address.',
		minlength: '{label} must be at least {arg} characters.',
		maxlength: '{label} must be at most {arg} characters.',
		number: '{label} must be a number.',
		pattern: '{label} is not in the right format.',
		equals: '{label} does not match.'
	};

	function format(template, data) {
		return template.replace(/\{(\w+)\}/g, function (m, key) {
			return data.hasOwnProperty(key) ? data[key] : m;
		});
	}

	function parseRules(str) {
		var list = [];
		if (!str) return list;
		$.each(str.split('|'), function (i, part) {
			var idx = part.indexOf(':');
			list.push(idx === -1
				? { name: part, arg: null }
				: { name: part.substring(0, idx), arg: part.substring(idx + 1) });
		});
		return list;
	}

	function validateField($field, $form) {
		var value = $field.is(':checkbox') ? ($field.is(':checked') ? 'on' : '') : $field.val() || '';
		var list = parseRules($field.attr('data-rules'));
		var label = $field.attr('data-label') || $field.attr('name');
		var i, rule, ok, msg;

		for (i = 0; i < list.length; i++) {
			rule = list[i];
			if (!rules[rule.name]) {
				if (window.console) console.warn('Unknown rule: ' + rule.name);
				continue;
			}
			ok = rules[rule.name](value, rule.arg, $form);
			if (!ok) {
				msg = $field.attr('data-message-' + rule.name) || messages[rule.name];
				return format(msg, { label: label, arg: rule.arg });
			}
		}
		return null;
	}

	function showError($field, message) {
		var $wrap = $field.closest('.field');
		var $err = $wrap.find('.field-error');
		if (!$err.length) {
			$err = $('<span class="field-error" role="alert"></span>').appendTo($wrap);
		}
		if (message) {
			$wrap.addClass('has-error');
			$err.text(message).show();
		} else {
			$wrap.removeClass('has-error');
			$err.hide();
		}
	}

	$.fn.validate = function (options) {
		var settings = $.extend({
			live: true,
			scrollToError: true,
			submitHandler: null
		}, options);

		return this.each(function () {
			var $form = $(this);
			var $fields = $form.find('[data-rules]');

			$form.attr('novalidate', 'novalidate');

			if (settings.live) {
				$fields.bind('blur change', function () {
					var $f = $(this);
					showError($f, validateField($f, $form));
				});
			}

			$form.bind('submit', function (e) {
				var firstInvalid = null;

				$fields.each(function () {
					var $f = $(this);
					var error = validateField($f, $form);
					showError($f, error);
					if (error && !firstInvalid) firstInvalid = $f;
				});

				if (firstInvalid) {
					e.preventDefault();
					if (settings.scrollToError) {
						$('html, body').animate({ scrollTop: firstInvalid.offset().top - 80 }, 200, function () {
							firstInvalid.focus();
						});
					}
					return false;
				}

				if ($.isFunction(settings.submitHandler)) {
					e.preventDefault();
					settings.submitHandler.call(this, $form);
				}
			});
		});
	};

	// allow custom rules: $.validate.addRule('postcode', fn, 'Bad postcode')
	$.validate = {
		addRule: function (name, fn, message) {
			rules[name] = fn;
			if (message) messages[name] = message;
		}
	};

})(jQuery);
