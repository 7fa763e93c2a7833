function love.conf(t)
  t.identity = "brick"
  t.version = "11.5"
  t.window.title = "brick"
  t.window.width = 480
  t.window.height = 640
  t.window.vsync = 1
  t.modules.joystick = false
  t.modules.physics = false
end
