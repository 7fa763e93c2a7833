module.exports = function (grunt) {
  'use strict';

  require('load-grunt-tasks')(grunt);

  grunt.initConfig({
    pkg: grunt.file.readJSON('package.json'),

    banner: '/*! <%= pkg.name %> - v<%= pkg.version %> - ' +
      '<%= grunt.template.today("yyyy-mm-dd") %> */\n',

    clean: {
      dist: ['dist/']
    },

    jshint: {
      options: {
        jshintrc: '.jshintrc',
        reporter: require('jshint-stylish')
      },
      gruntfile: ['Gruntfile.js'],
      src: ['src/**/*.js']
    },

    concat: {
      options: { banner: '<%= banner %>', stripBanners: true },
      dist: {
        src: ['src/intro.js', 'src/core/*.js', 'src/plugins/*.js', 'src/outro.js'],
        dest: 'dist/<%= pkg.name %>.js'
      }
    },

    uglify: {
      options: { banner: '<%= banner %>', sourceMap: true },
      dist: {
        files: { 'dist/<%= pkg.name %>.min.js': ['<%= concat.dist.dest %>'] }
      }
    },

    less: {
      dist: {
        options: { compress: true },
        files: { 'dist/<%= pkg.name %>.min.css': 'less/main.less' }
      }
    },

    qunit: {
      all: ['test/**/*.html']
    },

    watch: {
      scripts: {
        files: '<%= jshint.src %>',
        tasks: ['jshint:src', 'concat', 'qunit']
      },
      styles: {
        files: 'less/**/*.less',
        tasks: ['less']
      }
    }
  });

  grunt.registerTask('test', ['jshint', 'qunit']);
  grunt.registerTask('build', ['clean', 'concat', 'uglify', 'less']);
  grunt.registerTask('default', ['test', 'build']);

  grunt.registerTask('version', 'Print the package version', function () {
    grunt.log.writeln('Version: ' + grunt.config('pkg.version'));
  });
};
