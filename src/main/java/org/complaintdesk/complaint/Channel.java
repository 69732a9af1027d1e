package org.complaintdesk.complaint;

/** How the customer reached the centre. */
public enum Channel {
    PHONE, ONLINE_CHAT, SMS, WECHAT_WEIBO, EMAIL, WALK_IN
}
