/*
 * The site page's map: the monuments of a site as Leaflet markers, its boundary as an outline.
 * The data comes from the map element's data-map attribute, written by the server (the pages'
 * Content-Security-Policy runs no inline script): {tiles, attribution, site, boundary, monuments}.
 * Without a tile URL the map has no background layer and the markers show on their own. A
 * monument whose location certainty is LOW or NEGLIGIBLE is drawn faded, inside a dashed circle,
 * and says "approximate location" in its label and popup. The view is set before any layer is
 * added: Leaflet 1.9 cannot draw a vector layer (the boundary, a circle) on a map without one.
 */
(function () {
  'use strict';
  var element = document.getElementById('site-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-map'));
  var map = L.map(element, { scrollWheelZoom: false, attributionControl: Boolean(data.tiles) });
  var layers = [];
  var bounds = L.latLngBounds([]);
  if (data.tiles) {
    var attribution = document.createElement('span');
    attribution.textContent = data.attribution || '';
    // the pages send no referrer; a tile server may ask for one (OpenStreetMap's does): it gets the origin only
    layers.push(L.tileLayer(data.tiles, { maxZoom: 19, attribution: attribution.innerHTML, referrerPolicy: 'strict-origin' }));
  }
  if (data.boundary) {
    var outline = L.geoJSON(data.boundary, { interactive: false, style: { color: '#0b4f8a', weight: 2, fillOpacity: 0.05 } });
    layers.push(outline);
    bounds.extend(outline.getBounds());
  }
  var approximateIcon = new L.Icon.Default({ className: 'approximate' });
  (data.monuments || []).forEach(function (m) {
    var point = [m.lat, m.lon];
    var label = m.name + (m.approximate ? ' (approximate location)' : '');
    var marker = L.marker(point, { title: label, alt: label, icon: m.approximate ? approximateIcon : new L.Icon.Default() });
    marker.on('add', function () {
      var icon = marker.getElement();
      if (icon) {
        icon.setAttribute('data-monument', m.id);
      }
    });
    var popup = document.createElement('div');
    var link = document.createElement('a');
    link.href = m.href;
    link.textContent = m.name;
    popup.appendChild(link);
    if (m.approximate) {
      var note = document.createElement('p');
      note.textContent = 'Approximate location (certainty ' + String(m.certainty).toLowerCase() + ')';
      popup.appendChild(note);
      layers.push(L.circle(point, { radius: 150, interactive: false, dashArray: '6 6', weight: 2, color: '#8a6d00', fill: false }));
    }
    layers.push(marker.bindPopup(popup));
    bounds.extend(point);
  });
  if (bounds.isValid()) {
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 17 });
  } else if (data.site) {
    map.setView([data.site.lat, data.site.lon], 14);
  } else {
    map.setView([0, 0], 2);
  }
  layers.forEach(function (layer) {
    layer.addTo(map);
  });
}());
