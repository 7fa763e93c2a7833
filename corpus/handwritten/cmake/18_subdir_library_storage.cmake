add_library(harbor_storage
  sqlite_store.cpp
  migrations.cpp
  blob_cache.cpp
)
add_library(harbor::storage ALIAS harbor_storage)

target_include_directories(harbor_storage PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include)
target_link_libraries(harbor_storage
  PUBLIC harbor::core
  PRIVATE SQLite::SQLite3 fmt::fmt spdlog::spdlog)

enable_project_warnings(harbor_storage AS_ERRORS)

# embed the SQL migration files as a generated source
file(GLOB MIGRATION_FILES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/sql/*.sql)
set(EMBED_OUT ${CMAKE_CURRENT_BINARY_DIR}/embedded_migrations.cpp)
add_custom_command(
  OUTPUT ${EMBED_OUT}
  COMMAND ${CMAKE_COMMAND} -DOUT=${EMBED_OUT} "-DFILES=${MIGRATION_FILES}"
          -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
  DEPENDS ${MIGRATION_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake
  COMMENT "Embedding ${CMAKE_CURRENT_LIST_DIR}/sql"
  VERBATIM
)
target_sources(harbor_storage PRIVATE ${EMBED_OUT})
