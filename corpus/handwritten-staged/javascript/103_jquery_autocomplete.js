/*!
 * jquery.suggest.js - lightweight autocomplete
 * Usage: $('#city').suggest({ source: '/api/cities', minLength: 2 });
 */
;(function ($, window, document, undefined) {
  'use strict';

  var pluginName = 'suggest';
  var defaults = {
    source: null,          // array, url string, or function(term, callback)
    minLength: 1,
    delay: 200,
    maxItems: 8,
    highlight: true,
    onSelect: $.noop
  };

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  function Suggest(element, options) {
    this.$input = $(element);
    this.settings = $.extend({}, defaults, options, this.$input.data());
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.xhr = null;
    this.init();
  }

  $.extend(Suggest.prototype, {
    init: function () {
      var self = this;
      this.$menu = $('<ul class="suggest-menu" role="listbox"/>').hide().insertAfter(this.$input);
      this.$input
        .attr({ autocomplete: 'off', role: 'combobox', 'aria-expanded': 'false' })
        .on('input.' + pluginName, function () { self.schedule(); })
        .on('keydown.' + pluginName, $.proxy(this.onKeyDown, this))
        .on('blur.' + pluginName, function () { setTimeout(function () { self.hide(); }, 150); });

      this.$menu.on('mousedown.' + pluginName, 'li', function (e) {
        e.preventDefault();
        self.select($(this).index());
      });
    },

    schedule: function () {
      var self = this;
      clearTimeout(this.timer);
      this.timer = setTimeout(function () { self.lookup(self.$input.val()); }, this.settings.delay);
    },

    lookup: function (term) {
      var self = this;
      var src = this.settings.source;
      term = $.trim(term);
      if (term.length < this.settings.minLength) return this.hide();

      if ($.isArray(src)) {
        var re = new RegExp(escapeRegExp(term), 'i');
        this.render(term, $.grep(src, function (s) { return re.test(s); }));
      } else if (typeof src === 'function') {
        src(term, function (results) { self.render(term, results); });
      } else if (typeof src === 'string') {
        if (this.xhr) this.xhr.abort();
        this.xhr = $.getJSON(src, { q: term })
          .done(function (data) { self.render(term, data); })
          .always(function () { self.xhr = null; });
      }
    },

    render: function (term, results) {
      var settings = this.settings;
      var re = new RegExp('(' + escapeRegExp(term) + ')', 'ig');
      this.items = (results || []).slice(0, settings.maxItems);
      this.active = -1;
      this.$menu.empty();
      if (!this.items.length) return this.hide();

      $.each(this.items, function (i, item) {
        var label = typeof item === 'string' ? item : item.label;
        var $li = $('<li role="option"/>');
        if (settings.highlight) {
          $li.html($('<div/>').text(label).html().replace(re, '<mark>$1</mark>'));
        } else {
          $li.text(label);
        }
        this.$menu.append($li);
      }.bind(this));

      this.$menu.show();
      this.$input.attr('aria-expanded', 'true');
    },

    move: function (delta) {
      var n = this.items.length;
      if (!n) return;
      this.active = (this.active + delta + n) % n;
      this.$menu.children().removeClass('active').eq(this.active).addClass('active');
    },

    select: function (index) {
      var item = this.items[index];
      if (item === undefined) return;
      this.$input.val(typeof item === 'string' ? item : item.value || item.label);
      this.hide();
      this.settings.onSelect.call(this.$input[0], item);
      this.$input.trigger('suggest:select', [item]);
    },

    onKeyDown: function (e) {
      if (!this.$menu.is(':visible')) return;
      switch (e.which) {
        case 40: this.move(1); e.preventDefault(); break;      // down
        case 38: this.move(-1); e.preventDefault(); break;     // up
        case 13:                                               // enter
          if (this.active >= 0) { this.select(this.active); e.preventDefault(); }
          break;
        case 27: this.hide(); break;                           // esc
      }
    },

    hide: function () {
      this.$menu.hide().empty();
      this.$input.attr('aria-expanded', 'false');
    },

    destroy: function () {
      this.$input.off('.' + pluginName).removeData('plugin_' + pluginName);
      this.$menu.remove();
    }
  });

  $.fn[pluginName] = function (options) {
    var args = Array.prototype.slice.call(arguments, 1);
    return this.each(function () {
      var instance = $.data(this, 'plugin_' + pluginName);
      if (!instance) {
        $.data(this, 'plugin_' + pluginName, new Suggest(this, options));
      } else if (typeof options === 'string' && typeof instance[options] === 'function') {
        instance[options].apply(instance, args);
      }
    });
  };
})(jQuery, window, document);
