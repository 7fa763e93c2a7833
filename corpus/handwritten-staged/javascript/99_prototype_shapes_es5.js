// ES5-era "classes": constructor functions, prototypes and Object.create.

function Shape(name, x, y) {
  if (!(this instanceof Shape)) {
    return new Shape(name, x, y);
  }
  this.name = name;
  this.x = x || 0;
  this.y = y || 0;
}

Shape.prototype.move = function (dx, dy) {
  this.x += dx;
  this.y += dy;
  return this;
};

Shape.prototype.area = function () {
  throw new Error(this.name + ' must implement area()');
};

Shape.prototype.toString = function () {
  return '[' + this.name + ' at ' + this.x + ',' + this.y + ' area=' + this.area().toFixed(2) + ']';
};

function Circle(x, y, r) {
  Shape.call(this, 'circle', x, y);
  this.r = r;
}
Circle.prototype = Object.create(Shape.prototype);
Circle.prototype.constructor = Circle;
Circle.prototype.area = function () {
  return Math.PI * this.r * this.r;
};

function Rect(x, y, w, h) {
  Shape.call(this, 'rect', x, y);
  this.w = w;
  this.h = h;
}
Rect.prototype = Object.create(Shape.prototype, {
  constructor: { value: Rect, writable: true, configurable: true }
});
Rect.prototype.area = function () {
  return this.w * this.h;
};
Rect.prototype.contains = function (px, py) {
  return px >= this.x && px <= this.x + this.w && py >= this.y && py <= this.y + this.h;
};

function Square(x, y, side) {
  Rect.call(this, x, y, side, side);
  this.name = 'square';
}
Square.prototype = Object.create(Rect.prototype);
Square.prototype.constructor = Square;

function Triangle(x, y, a, b, c) {
  if (a + b <= c || a + c <= b || b + c <= a) {
    throw new RangeError('sides ' + [a, b, c].join(', ') + ' do not form a triangle');
  }
  Shape.call(this, 'triangle', x, y);
  this.sides = [a, b, c];
}
Triangle.prototype = Object.create(Shape.prototype);
Triangle.prototype.constructor = Triangle;
Triangle.prototype.area = function () {
  var a = this.sides[0], b = this.sides[1], c = this.sides[2];
  var s = (a + b + c) / 2; // Heron's formula
  return Math.sqrt(s * (s - a) * (s - b) * (s - c));
};

// factory keyed by name, so shapes can be rebuilt from JSON
var ShapeFactory = {
  registry: { circle: Circle, rect: Rect, square: Square, triangle: Triangle },
  create: function (name) {
    var Ctor = this.registry[name];
    if (!Ctor) throw new Error('unknown shape ' + name);
    var args = Array.prototype.slice.call(arguments, 1);
    var obj = Object.create(Ctor.prototype);
    Ctor.apply(obj, args);
    return obj;
  }
};

// mixin
var Serializable = {
  serialize: function () {
    var out = {};
    for (var k in this) {
      if (Object.prototype.hasOwnProperty.call(this, k)) out[k] = this[k];
    }
    return JSON.stringify(out);
  }
};

function extend(target) {
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    for (var key in src) {
      if (src.hasOwnProperty(key)) target[key] = src[key];
    }
  }
  return target;
}

extend(Shape.prototype, Serializable);

var shapes = [new Circle(0, 0, 2), new Rect(1, 1, 3, 4), new Square(5, 5, 2), ShapeFactory.create('triangle', 0, 0, 3, 4, 5)];
shapes.sort(function (a, b) { return b.area() - a.area(); });

for (var i = 0; i < shapes.length; i++) {
  console.log(String(shapes[i].move(1, 1)));
}
console.log(shapes[3] instanceof Rect, shapes[2] instanceof Rect, shapes[2] instanceof Shape, shapes[0].serialize());
