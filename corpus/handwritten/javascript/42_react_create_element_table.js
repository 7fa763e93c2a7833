'use strict';

// Sortable, filterable table written without JSX so it can ship as a plain
// script tag next to react.production.min.js (no build step on the intranet).

(function (React, ReactDOM) {
  var h = React.createElement;
  var useState = React.useState;
  var useMemo = React.useMemo;
  var useCallback = React.useCallback;

  var COLUMNS = [
    { key: 'name', label: 'Employee', sortable: true },
    { key: 'team', label: 'Team', sortable: true },
    { key: 'started', label: 'Start date', sortable: true, format: formatDate },
    { key: 'hours', label: 'Hours (week)', sortable: true, numeric: true },
    { key: 'status', label: 'Status', sortable: false, render: renderStatus },
  ];

  function formatDate(iso) {
    return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  }

  function renderStatus(value) {
    var cls = 'badge badge-' + (value === 'active' ? 'green' : value === 'leave' ? 'amber' : 'grey');
    return h('span', { className: cls }, value);
  }

  function compare(a, b, numeric) {
    if (numeric) return a - b;
    return String(a).localeCompare(String(b), undefined, { sensitivity: 'base' });
  }

  function HeaderCell(props) {
    var col = props.column;
    var active = props.sort.key === col.key;
    var arrow = active ? (props.sort.dir === 'asc' ? ' ▲' : ' ▼') : '';
    return h(
      'th',
      {
        scope: 'col',
        className: col.numeric ? 'num' : null,
        'aria-sort': active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none',
      },
      col.sortable
        ? h('button', { type: 'button', onClick: function () { props.onSort(col.key); } }, col.label + arrow)
        : col.label
    );
  }

  function Row(props) {
    return h(
      'tr',
      { className: props.selected ? 'selected' : null, onClick: function () { props.onSelect(props.row.id); } },
      COLUMNS.map(function (col) {
        var raw = props.row[col.key];
        var content = col.render ? col.render(raw) : col.format ? col.format(raw) : raw;
        return h('td', { key: col.key, className: col.numeric ? 'num' : null }, content);
      })
    );
  }

  function EmployeeTable(props) {
    var _sort = useState({ key: 'name', dir: 'asc' });
    var sort = _sort[0], setSort = _sort[1];
    var _filter = useState('');
    var filter = _filter[0], setFilter = _filter[1];
    var _selected = useState(null);
    var selected = _selected[0], setSelected = _selected[1];

    var onSort = useCallback(function (key) {
      setSort(function (prev) {
        return prev.key === key ? { key: key, dir: prev.dir === 'asc' ? 'desc' : 'asc' } : { key: key, dir: 'asc' };
      });
    }, []);

    var rows = useMemo(function () {
      var q = filter.trim().toLowerCase();
      var col = COLUMNS.find(function (c) { return c.key === sort.key; });
      return props.rows
        .filter(function (r) {
          return !q || r.name.toLowerCase().indexOf(q) !== -1 || r.team.toLowerCase().indexOf(q) !== -1;
        })
        .slice()
        .sort(function (a, b) {
          var result = compare(a[sort.key], b[sort.key], col && col.numeric);
          return sort.dir === 'asc' ? result : -result;
        });
    }, [props.rows, filter, sort]);

    var totalHours = rows.reduce(function (sum, r) { return sum + r.hours; }, 0);

    return h(
      'div',
      { className: 'employee-table' },
      h('label', null, 'Filter ', h('input', {
        type: 'search',
        value: filter,
        placeholder: 'name or team',
        onChange: function (e) { setFilter(e.target.value); },
      })),
      h(
        'table',
        null,
        h('thead', null, h('tr', null, COLUMNS.map(function (col) {
          return h(HeaderCell, { key: col.key, column: col, sort: sort, onSort: onSort });
        }))),
        h('tbody', null, rows.length
          ? rows.map(function (r) {
              return h(Row, { key: r.id, row: r, selected: r.id === selected, onSelect: setSelected });
            })
          : h('tr', null, h('td', { colSpan: COLUMNS.length, className: 'empty' }, 'No matches'))),
        h('tfoot', null, h('tr', null,
          h('td', { colSpan: 3 }, rows.length + ' of ' + props.rows.length + ' employees'),
          h('td', { className: 'num' }, totalHours.toFixed(1)),
          h('td', null)
        ))
      )
    );
  }

  var mount = document.getElementById('employees');
  fetch(mount.dataset.src, { credentials: 'same-origin' })
    .then(function (res) { return res.json(); })
    .then(function (data) {
      ReactDOM.createRoot(mount).render(h(EmployeeTable, { rows: data.employees }));
    })
    .catch(function (err) {
      mount.textContent = 'Could not load employees: ' + err.message;
    });
})(window.React, window.ReactDOM);
