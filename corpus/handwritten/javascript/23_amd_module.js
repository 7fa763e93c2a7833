define(['jquery', 'underscore', 'app/api'], function ($, _, api) {
  'use strict';

  var template = _.template(
    '<tr data-id="<%= id %>"><td><%- name %></td><td><%- email %></td><td><%= role %></td></tr>'
  );

  function UserTable(el) {
    this.$el = $(el);
    this.$el.on('click', 'tr', _.bind(this.select, this));
  }

  UserTable.prototype.load = function () {
    var self = this;
    return api.get('/users').then(function (users) {
      self.$el.find('tbody').html(_.map(users, template).join(''));
    });
  };

  UserTable.prototype.select = function (e) {
    this.$el.find('tr.selected').removeClass('selected');
    $(e.currentTarget).addClass('selected');
    this.$el.trigger('user:selected', $(e.currentTarget).data('id'));
  };

  return UserTable;
});
