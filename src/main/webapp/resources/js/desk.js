/* Complaint Desk: live alerts and deadline countdowns. Text is inserted as text, never as HTML. */
var desk = desk || {};

desk.showAlert = function (message) {
    var data = typeof message === "string" ? JSON.parse(message) : message;
    var box = document.getElementById("liveAlerts");
    if (!box) {
        return;
    }
    var item = document.createElement("div");
    item.className = "live-alert kind-" + data.kind;
    item.setAttribute("data-kind", data.kind);
    item.setAttribute("data-complaint", data.complaint);
    var link = document.createElement("a");
    link.href = "/complaint.xhtml?number=" + encodeURIComponent(data.complaint);
    link.textContent = data.message;
    link.title = data.message;
    item.appendChild(link);
    var close = document.createElement("button");
    close.type = "button";
    close.className = "dismiss";
    close.textContent = "\u00d7";
    close.setAttribute("aria-label", box.getAttribute("data-dismiss") || "Dismiss");
    close.addEventListener("click", function () {
        desk.dismiss(item);
    });
    item.appendChild(close);
    box.insertBefore(item, box.firstChild);
    desk.countUnread();
    // a few at once, the newest first: the inbox keeps every alert
    while (box.children.length > desk.MOST_ALERTS_SHOWN) {
        box.removeChild(box.lastChild);
    }
    // pages that list work refresh themselves on it
    document.dispatchEvent(new CustomEvent("desk:alert", {detail: data}));
    var urgent = data.kind === "REPLY_OVERDUE" || data.kind === "ESCALATION";
    setTimeout(function () {
        desk.dismiss(item);
    }, urgent ? desk.URGENT_ALERT_MS : desk.ALERT_MS);
};

desk.MOST_ALERTS_SHOWN = 3;
desk.MOST_COUNTED = 99;

/* One more unread alert in the header's count (the server counts again on the next page). */
desk.countUnread = function () {
    var badge = document.getElementById("unreadAlerts");
    if (!badge) {
        return;
    }
    var count = Number(badge.getAttribute("data-count")) + 1;
    badge.setAttribute("data-count", count);
    badge.querySelector(".n").textContent = count > desk.MOST_COUNTED ? desk.MOST_COUNTED + "+" : String(count);
    badge.classList.remove("empty");
};
desk.ALERT_MS = 20000;
desk.URGENT_ALERT_MS = 60000;

/* An alert leaves the page: it fades, then goes. */
desk.dismiss = function (item) {
    if (!item.parentNode || item.classList.contains("leaving")) {
        return;
    }
    item.classList.add("leaving");
    setTimeout(function () {
        if (item.parentNode) {
            item.parentNode.removeChild(item);
        }
    }, 400);
};

/* Whether the live alerts' websocket is open, on the strip as data-connected (for styling and for the browser tests). */
desk.opened = 0;

desk.alertsOpen = function () {
    desk.opened++;
    desk.markConnected("true");
};

/* Said a moment later, and only if not open again: leaving the page closes its socket too, and that is no news. */
desk.alertsClosed = function () {
    var opened = desk.opened;
    setTimeout(function () {
        if (desk.opened === opened) {
            desk.markConnected("false");
        }
    }, desk.CLOSED_AFTER_MS);
};
desk.CLOSED_AFTER_MS = 2000;

/* The strip says whether alerts are live ("appear here") or off (the inbox still gets them). */
desk.markConnected = function (connected) {
    var strip = document.getElementById("liveStrip");
    if (strip) {
        strip.setAttribute("data-connected", connected);
    }
};

/* Elements with data-deadline (epoch ms) show the time left, and are marked due-soon (under 30 min) or overdue. */
desk.tick = function () {
    var now = Date.now();
    document.querySelectorAll("[data-deadline]").forEach(function (el) {
        var deadline = Number(el.getAttribute("data-deadline"));
        if (!deadline) {
            return;
        }
        var left = Math.round((deadline - now) / 1000);
        var abs = Math.abs(left);
        var h = Math.floor(abs / 3600), m = Math.floor((abs % 3600) / 60), s = abs % 60;
        var text = (left < 0 ? "-" : "") + h + ":" + (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
        el.textContent = text;
        el.classList.toggle("overdue", left < 0);
        el.classList.toggle("due-soon", left >= 0 && left < 1800);
    });
};

document.addEventListener("DOMContentLoaded", function () {
    desk.tick();
    setInterval(desk.tick, 1000);
});
