/* global google */
// Loaded with: <script async src="https://maps.googleapis.com/maps/api/js?key=...&callback=initMap&libraries=marker"></script>

let map;
let infoWindow;
const markers = [];

async function initMap() {
  const { Map, InfoWindow } = await google.maps.importLibrary('maps');
  const { AdvancedMarkerElement, PinElement } = await google.maps.importLibrary('marker');

  map = new Map(document.getElementById('map'), {
    center: { lat: 52.3676, lng: 4.9041 },
    zoom: 12,
    mapId: 'STORE_LOCATOR',
    streetViewControl: false,
  });
  infoWindow = new InfoWindow();

  const stores = await fetch('/data/stores.json').then((r) => r.json());
  const bounds = new google.maps.LatLngBounds();

  for (const store of stores) {
    const pin = new PinElement({
      background: store.open24h ? '#0b8043' : '#d93025',
      borderColor: '#ffffff',
      glyphColor: '#ffffff',
    });
    const marker = new AdvancedMarkerElement({
      map,
      position: { lat: store.lat, lng: store.lng },
      title: store.name,
      content: pin.element,
    });
    marker.addListener('click', () => {
      infoWindow.setContent(
        `<div class="iw"><h3>${store.name}</h3><p>${store.address}</p>` +
          `<p>${store.open24h ? 'Open 24 hours' : store.hours}</p></div>`
      );
      infoWindow.open({ map, anchor: marker });
    });
    markers.push({ marker, store });
    bounds.extend(marker.position);
  }
  map.fitBounds(bounds, 48);

  document.getElementById('locate').addEventListener('click', locateUser);
  document.getElementById('only-24h').addEventListener('change', (e) => {
    for (const { marker, store } of markers) marker.map = !e.target.checked || store.open24h ? map : null;
  });
}

function locateUser() {
  if (!navigator.geolocation) return;
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => {
      const here = new google.maps.LatLng(coords.latitude, coords.longitude);
      const nearest = markers
        .map(({ marker, store }) => ({
          store,
          marker,
          dist: google.maps.geometry
            ? google.maps.geometry.spherical.computeDistanceBetween(here, marker.position)
            : Math.hypot(store.lat - coords.latitude, store.lng - coords.longitude),
        }))
        .sort((a, b) => a.dist - b.dist)[0];
      if (nearest) {
        map.panTo(nearest.marker.position);
        map.setZoom(15);
        google.maps.event.trigger(nearest.marker, 'click');
      }
    },
    (err) => alert(`Could not get your location: ${err.message}`),
    { enableHighAccuracy: true, timeout: 10000 }
  );
}

window.initMap = initMap;
