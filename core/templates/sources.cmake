# Templates read from WeChat (issue 11): the account's template list, its cache in the store, the
# mapping suggested for a template and the check of a mapping against it.
target_sources(paynudge_core PRIVATE
    templates/templatekeys.h templates/templatekeys.cpp
    templates/wechattemplate.h templates/wechattemplate.cpp
    templates/templatecache.h templates/templatecache.cpp
    templates/templatefetch.h templates/templatefetch.cpp
    templates/mappingsuggester.h templates/mappingsuggester.cpp
    templates/mappingcheck.h templates/mappingcheck.cpp
    templates/templatemappings.h templates/templatemappings.cpp
)
