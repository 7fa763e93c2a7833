/*!
 * jquery.simpletabs.js v1.2
 * Usage: $('.tabs').simpleTabs({ active: 0, onChange: function (index) {} });
 */
;(function ($, window, undefined) {
  'use strict';

  var pluginName = 'simpleTabs',
      defaults = {
        active: 0,
        tabSelector: '> ul > li > a',
        activeClass: 'is-active',
        useHash: true,
        onChange: $.noop
      };

  function Plugin(element, options) {
    this.$el = $(element);
    this.options = $.extend({}, defaults, options, this.$el.data());
    this.$tabs = this.$el.find(this.options.tabSelector);
    this.$panels = this.$tabs.map(function () {
      return $($(this).attr('href')).get(0);
    });
    this.init();
  }

  Plugin.prototype.init = function () {
    var self = this;
    var start = this.options.active;

    if (this.options.useHash && window.location.hash) {
      var idx = this.$tabs.index(this.$tabs.filter('[href="' + window.location.hash + '"]'));
      if (idx > -1) start = idx;
    }

    this.$tabs.on('click.' + pluginName, function (e) {
      e.preventDefault();
      self.show(self.$tabs.index(this));
    });

    this.show(start, true);
  };

  Plugin.prototype.show = function (index, silent) {
    var cls = this.options.activeClass;
    this.$tabs.removeClass(cls).attr('aria-selected', 'false')
      .eq(index).addClass(cls).attr('aria-selected', 'true');
    $(this.$panels).hide().eq(index).show();
    if (this.options.useHash && !silent && history.replaceState) {
      history.replaceState(null, '', this.$tabs.eq(index).attr('href'));
    }
    if (!silent) this.options.onChange.call(this.$el[0], index);
  };

  Plugin.prototype.destroy = function () {
    this.$tabs.off('.' + pluginName);
    $(this.$panels).show();
    this.$el.removeData('plugin_' + pluginName);
  };

  $.fn[pluginName] = function (options) {
    var args = Array.prototype.slice.call(arguments, 1);
    return this.each(function () {
      var instance = $.data(this, 'plugin_' + pluginName);
      if (!instance) {
        $.data(this, 'plugin_' + pluginName, new Plugin(this, options));
      } else if (typeof options === 'string' && typeof instance[options] === 'function') {
        instance[options].apply(instance, args);
      }
    });
  };
})(jQuery, window);
