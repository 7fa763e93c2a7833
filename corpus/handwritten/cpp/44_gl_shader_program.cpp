#include "gfx/shader.hpp"

#include <glad/gl.h>
#include <glm/gtc/type_ptr.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace gfx {

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open shader file: " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

GLuint compile(GLenum type, const std::string& source, const std::string& label)
{
    GLuint shader = glCreateShader(type);
    const char* src = source.c_str();
    glShaderSource(shader, 1, &src, nullptr);
    glCompileShader(shader);

    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        GLint len = 0;
        glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &len);
        std::vector<char> log(static_cast<std::size_t>(len) + 1);
        glGetShaderInfoLog(shader, len, nullptr, log.data());
        glDeleteShader(shader);
        throw std::runtime_error("compile error in " + label + ":\n" + log.data());
    }
    return shader;
}

} // namespace

Shader::Shader(const std::string& vertexPath, const std::string& fragmentPath)
{
    const GLuint vs = compile(GL_VERTEX_SHADER, readFile(vertexPath), vertexPath);
    GLuint fs = 0;
    try {
        fs = compile(GL_FRAGMENT_SHADER, readFile(fragmentPath), fragmentPath);
    } catch (...) {
        glDeleteShader(vs);
        throw;
    }

    program_ = glCreateProgram();
    glAttachShader(program_, vs);
    glAttachShader(program_, fs);
    glLinkProgram(program_);
    glDeleteShader(vs);
    glDeleteShader(fs);

    GLint linked = GL_FALSE;
    glGetProgramiv(program_, GL_LINK_STATUS, &linked);
    if (!linked) {
        char log[1024];
        glGetProgramInfoLog(program_, sizeof log, nullptr, log);
        glDeleteProgram(program_);
        program_ = 0;
        throw std::runtime_error(std::string("link error: ") + log);
    }
}

Shader::~Shader()
{
    if (program_)
        glDeleteProgram(program_);
}

Shader::Shader(Shader&& other) noexcept
    : program_(std::exchange(other.program_, 0)),
      uniformCache_(std::move(other.uniformCache_))
{
}

Shader& Shader::operator=(Shader&& other) noexcept
{
    if (this != &other) {
        if (program_)
            glDeleteProgram(program_);
        program_ = std::exchange(other.program_, 0);
        uniformCache_ = std::move(other.uniformCache_);
    }
    return *this;
}

void Shader::bind() const { glUseProgram(program_); }

GLint Shader::location(const std::string& name) const
{
    if (auto it = uniformCache_.find(name); it != uniformCache_.end())
        return it->second;
    const GLint loc = glGetUniformLocation(program_, name.c_str());
    uniformCache_.emplace(name, loc);
    return loc;
}

void Shader::set(const std::string& name, int v) const { glUniform1i(location(name), v); }
void Shader::set(const std::string& name, float v) const { glUniform1f(location(name), v); }

void Shader::set(const std::string& name, const glm::vec3& v) const
{
    glUniform3fv(location(name), 1, glm::value_ptr(v));
}

void Shader::set(const std::string& name, const glm::mat4& m) const
{
    glUniformMatrix4fv(location(name), 1, GL_FALSE, glm::value_ptr(m));
}

} // namespace gfx
