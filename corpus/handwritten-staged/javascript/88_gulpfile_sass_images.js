const { src, dest, watch, series, parallel } = require('gulp');
const sass = require('gulp-sass')(require('sass'));
const postcss = require('gulp-postcss');
const autoprefixer = require('autoprefixer');
const cssnano = require('cssnano');
const sourcemaps = require('gulp-sourcemaps');
const concat = require('gulp-concat');
const terser = require('gulp-terser');
const imagemin = require('gulp-imagemin');
const browserSync = require('browser-sync').create();
const del = require('del');

const paths = {
  styles: { src: 'assets/scss/**/*.scss', dest: 'public/css' },
  scripts: { src: ['assets/js/vendor/*.js', 'assets/js/*.js'], dest: 'public/js' },
  images: { src: 'assets/img/**/*.{png,jpg,svg,gif}', dest: 'public/img' },
};

const isProd = process.env.NODE_ENV === 'production';

function clean() {
  return del(['public/css', 'public/js', 'public/img']);
}

function styles() {
  const plugins = [autoprefixer()];
  if (isProd) plugins.push(cssnano());
  return src(paths.styles.src)
    .pipe(sourcemaps.init())
    .pipe(sass({ includePaths: ['node_modules'] }).on('error', sass.logError))
    .pipe(postcss(plugins))
    .pipe(sourcemaps.write('.'))
    .pipe(dest(paths.styles.dest))
    .pipe(browserSync.stream({ match: '**/*.css' }));
}

function scripts() {
  let stream = src(paths.scripts.src, { sourcemaps: true }).pipe(concat('site.js'));
  if (isProd) stream = stream.pipe(terser());
  return stream.pipe(dest(paths.scripts.dest, { sourcemaps: '.' }));
}

function images() {
  return src(paths.images.src, { since: require('gulp').lastRun(images) })
    .pipe(imagemin({ verbose: true }))
    .pipe(dest(paths.images.dest));
}

function serve(done) {
  browserSync.init({ proxy: 'localhost:8080', open: false, notify: false });
  done();
}

function reload(done) {
  browserSync.reload();
  done();
}

function watchFiles() {
  watch(paths.styles.src, styles);
  watch(paths.scripts.src, series(scripts, reload));
  watch(paths.images.src, series(images, reload));
  watch('templates/**/*.html', reload);
}

const build = series(clean, parallel(styles, scripts, images));

exports.clean = clean;
exports.styles = styles;
exports.scripts = scripts;
exports.images = images;
exports.build = build;
exports.default = series(build, serve, watchFiles);
