# The WeChat sender (issue 3): access tokens, request bodies, error classification, the client and the Sender.
target_sources(paynudge_core PRIVATE
    wechat/errorclassifier.h wechat/errorclassifier.cpp
    wechat/appsecret.h wechat/appsecret.cpp
    wechat/apicall.h wechat/apicall.cpp
    wechat/accesstokens.h wechat/accesstokens.cpp
    wechat/sendrequest.h wechat/sendrequest.cpp
    wechat/reachability.h wechat/reachability.cpp
    wechat/wechatclient.h wechat/wechatclient.cpp
    wechat/wechatsender.h wechat/wechatsender.cpp
    wechat/setupmistakes.h wechat/setupmistakes.cpp
    wechat/quotawatcher.h wechat/quotawatcher.cpp
    wechat/ridlookup.h wechat/ridlookup.cpp
)
