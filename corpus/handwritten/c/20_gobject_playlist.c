/* playlist.c -- a small GObject that holds an ordered list of tracks
 *
 * Written in GNU style for a GLib-based music player.
 */

#include "playlist.h"

#include <glib.h>
#include <glib-object.h>
#include <string.h>

struct _MpPlaylist
{
  GObject parent_instance;

  gchar     *name;
  GPtrArray *tracks;      /* element-type: gchar* (owned) */
  guint      current;
  gboolean   shuffle;
};

G_DEFINE_TYPE (MpPlaylist, mp_playlist, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_SHUFFLE,
  PROP_LENGTH,
  N_PROPS
};

enum
{
  SIGNAL_TRACK_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
mp_playlist_finalize (GObject *object)
{
  MpPlaylist *self = MP_PLAYLIST (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->tracks, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_playlist_parent_class)->finalize (object);
}

static void
mp_playlist_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MpPlaylist *self = MP_PLAYLIST (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHUFFLE:
      g_value_set_boolean (value, self->shuffle);
      break;
    case PROP_LENGTH:
      g_value_set_uint (value, self->tracks->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_playlist_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MpPlaylist *self = MP_PLAYLIST (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      break;
    case PROP_SHUFFLE:
      self->shuffle = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_playlist_class_init (MpPlaylistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mp_playlist_finalize;
  object_class->get_property = mp_playlist_get_property;
  object_class->set_property = mp_playlist_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", "Name", "Display name of the playlist",
                         "Untitled",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHUFFLE] =
    g_param_spec_boolean ("shuffle", "Shuffle", "Play tracks in random order",
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LENGTH] =
    g_param_spec_uint ("length", "Length", "Number of tracks",
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_TRACK_CHANGED] =
    g_signal_new ("track-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
mp_playlist_init (MpPlaylist *self)
{
  self->tracks = g_ptr_array_new_with_free_func (g_free);
  self->name = g_strdup ("Untitled");
}

MpPlaylist *
mp_playlist_new (const gchar *name)
{
  return g_object_new (MP_TYPE_PLAYLIST, "name", name, NULL);
}

void
mp_playlist_add (MpPlaylist  *self,
                 const gchar *uri)
{
  g_return_if_fail (MP_IS_PLAYLIST (self));
  g_return_if_fail (uri != NULL);

  g_ptr_array_add (self->tracks, g_strdup (uri));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LENGTH]);
}

const gchar *
mp_playlist_next (MpPlaylist *self)
{
  const gchar *uri;

  g_return_val_if_fail (MP_IS_PLAYLIST (self), NULL);

  if (self->tracks->len == 0)
    return NULL;

  if (self->shuffle)
    self->current = g_random_int_range (0, (gint32) self->tracks->len);
  else
    self->current = (self->current + 1) % self->tracks->len;

  uri = g_ptr_array_index (self->tracks, self->current);
  g_signal_emit (self, signals[SIGNAL_TRACK_CHANGED], 0, uri);
  return uri;
}

void
mp_playlist_set_shuffle (MpPlaylist *self,
                         gboolean    shuffle)
{
  g_return_if_fail (MP_IS_PLAYLIST (self));

  shuffle = !!shuffle;
  if (self->shuffle == shuffle)
    return;

  self->shuffle = shuffle;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHUFFLE]);
}
