#!/usr/bin/env gjs

imports.gi.versions.Gtk = '3.0';
const { Gtk, Gio, GLib, GObject } = imports.gi;

Gtk.init(null);

let win = new Gtk.Window({
	title: 'Disk Usage',
	default_width: 420,
	default_height: 300,
	window_position: Gtk.WindowPosition.CENTER,
});
win.connect('destroy', () => Gtk.main_quit());

let store = new Gtk.ListStore();
store.set_column_types([GObject.TYPE_STRING, GObject.TYPE_STRING]);

let view = new Gtk.TreeView({ model: store });
['Mount point', 'Free'].forEach((title, i) => {
	let col = new Gtk.TreeViewColumn({ title: title });
	let cell = new Gtk.CellRendererText();
	col.pack_start(cell, true);
	col.add_attribute(cell, 'text', i);
	view.append_column(col);
});

function refresh() {
	store.clear();
	let monitor = Gio.VolumeMonitor.get();
	for (let mount of monitor.get_mounts()) {
		let root = mount.get_root();
		let info = root.query_filesystem_info('filesystem::free', null);
		let free = GLib.format_size(info.get_attribute_uint64('filesystem::free'));
		store.set(store.append(), [0, 1], [root.get_path() || mount.get_name(), free]);
	}
	return GLib.SOURCE_CONTINUE;
}

let scroll = new Gtk.ScrolledWindow();
scroll.add(view);
win.add(scroll);

refresh();
GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 10, refresh);

win.show_all();
Gtk.main();
