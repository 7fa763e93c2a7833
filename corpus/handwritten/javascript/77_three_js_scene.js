import * as THREE from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

const canvas = document.querySelector('#globe');
const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, alpha: true });
renderer.setPixelRatio(Math.min(devicePixelRatio, 2));

const scene = new THREE.Scene();
const camera = new THREE.PerspectiveCamera(45, 1, 0.1, 100);
camera.position.set(0, 0.8, 3.2);

const controls = new OrbitControls(camera, canvas);
controls.enableDamping = true;
controls.enablePan = false;
controls.minDistance = 1.8;
controls.maxDistance = 6;

scene.add(new THREE.AmbientLight(0xffffff, 0.4));
const sun = new THREE.DirectionalLight(0xffffff, 1.4);
sun.position.set(5, 3, 5);
scene.add(sun);

const loader = new THREE.TextureLoader();
const earth = new THREE.Mesh(
  new THREE.SphereGeometry(1, 64, 64),
  new THREE.MeshStandardMaterial({
    map: loader.load('/textures/earth_day.jpg'),
    roughnessMap: loader.load('/textures/earth_specular.jpg'),
    metalness: 0.1,
  }),
);
scene.add(earth);

// city markers from lat/lon
function latLonToVec3(lat, lon, r = 1.01) {
  const phi = THREE.MathUtils.degToRad(90 - lat);
  const theta = THREE.MathUtils.degToRad(lon + 180);
  return new THREE.Vector3(-r * Math.sin(phi) * Math.cos(theta), r * Math.cos(phi), r * Math.sin(phi) * Math.sin(theta));
}

const markerGeo = new THREE.SphereGeometry(0.012, 8, 8);
const markerMat = new THREE.MeshBasicMaterial({ color: 0xff5533 });
for (const [lat, lon] of [[51.5, -0.13], [40.71, -74.0], [35.68, 139.69], [-33.87, 151.21], [-23.55, -46.63]]) {
  const m = new THREE.Mesh(markerGeo, markerMat);
  m.position.copy(latLonToVec3(lat, lon));
  earth.add(m);
}

function resize() {
  const { clientWidth: w, clientHeight: h } = canvas;
  if (canvas.width !== w || canvas.height !== h) {
    renderer.setSize(w, h, false);
    camera.aspect = w / h;
    camera.updateProjectionMatrix();
  }
}

const clock = new THREE.Clock();
renderer.setAnimationLoop(() => {
  resize();
  earth.rotation.y += clock.getDelta() * 0.05;
  controls.update();
  renderer.render(scene, camera);
});
